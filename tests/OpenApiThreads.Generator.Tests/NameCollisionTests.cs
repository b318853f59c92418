using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenApiThreads.Generator.Naming;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>Names from the spec never meet names the generated code declares itself.</summary>
public sealed class NameCollisionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Names, version: '1' }
        paths:
          /search/{relativeUri}:
            post:
              operationId: search
              parameters:
                - { name: relativeUri, in: path, required: true, schema: { type: string } }
                - { name: query, in: query, required: true, schema: { type: string } }
                - { name: request, in: query, schema: { type: array, items: { type: string } } }
                - { name: response, in: header, schema: { type: string } }
                - { name: item, in: query, schema: { type: array, items: { type: integer } }, explode: true }
                - { name: await, in: query, schema: { type: boolean } }
                - { name: body, in: query, schema: { type: string } }
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: queryParameter, in: query, schema: { type: string } }
              requestBody: { content: { application/json: { schema: { type: object } } } }
              responses: { '200': { description: ok, content: { application/json: { schema: { type: object } } } } }
          /runs:
            post:
              operationId: createRun
              responses:
                '200':
                  description: ok
                  content:
                    application/json: { schema: { $ref: '#/components/schemas/Run' } }
                    text/event-stream: { schema: { $ref: '#/components/schemas/Run' } }
          /runs/streaming:
            post:
              operationId: createRunStreaming
              responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Run' } } } } }
        components:
          schemas:
            Run: { type: object, properties: { id: { type: string } } }
            Select: { type: object, properties: { id: { type: string } } }
            SELECT: { type: object, properties: { id: { type: string } } }
            ListRun: { type: object, properties: { runs: { type: array, items: { $ref: '#/components/schemas/Run' } } } }
        """;

    [Fact]
    public void Spec_names_that_equal_generated_locals_methods_or_context_members_compile()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/names.yaml");

        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Model.ApiModel model = GeneratorHarness.ModelOf(result);
        Assert.Equal(
            ["relativeUriParameter", "queryParameter", "requestParameter", "responseParameter", "itemParameter", "@await", "bodyParameter", "cancellationTokenParameter", "queryParameter2"],
            model.Operations.Single(o => o.OperationId == "search").Parameters.Select(p => p.Name));

        // createRun's streaming method is CreateRunStreamingAsync, so the other operation may not be CreateRunStreaming.
        Assert.Equal(["Search", "CreateRun", "CreateRunStreaming2"], model.Operations.Select(o => o.Name));

        // Names that differ in case get files that differ ignoring case; a type may not take the context's name for IList<Run>.
        Assert.Contains(model.Types, t => t.Name == "Select");
        Assert.Contains(model.Types, t => t.Name == "SELECT2");
        Assert.Contains(model.Types, t => t.Name == "ListRun2");
    }

    /// <summary>
    /// Every local a generated client method declares is in <see cref="ParameterNames.Reserved"/>, which spec
    /// parameters may not take: a new local in an emitter that is missing there fails here, not in a user's build.
    /// </summary>
    [Fact]
    public void Every_local_of_a_generated_client_method_is_reserved_from_parameters()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.ThreadsSpec);
        var reserved = new HashSet<string>(ParameterNames.Reserved);
        var declared = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in result.Results.Single().GeneratedSources)
        {
            SyntaxNode root = source.SyntaxTree.GetRoot(TestContext.Current.CancellationToken);
            foreach (MethodDeclarationSyntax method in root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(IsClientOperation))
            {
                foreach (SyntaxToken name in DeclaredNames(method))
                {
                    declared.Add(name.ValueText);
                }
            }
        }

        Assert.NotEmpty(declared);
        Assert.True(declared.IsSubsetOf(reserved), "Declared by generated client methods but not in ParameterNames.Reserved: " + string.Join(", ", declared.Except(reserved)));
    }

    private static bool IsClientOperation(MethodDeclarationSyntax method)
        => method.Modifiers.Any(SyntaxKind.PublicKeyword) && method.Body is not null && method.Parent is ClassDeclarationSyntax { Identifier.ValueText: var type } && type.EndsWith("Client", System.StringComparison.Ordinal);

    private static IEnumerable<SyntaxToken> DeclaredNames(MethodDeclarationSyntax method)
    {
        foreach (SyntaxNode node in method.Body!.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    yield return variable.Identifier;
                    break;
                case ForEachStatementSyntax loop:
                    yield return loop.Identifier;
                    break;
                case SingleVariableDesignationSyntax designation:
                    yield return designation.Identifier;
                    break;

                // A lambda's parameters may shadow the method's (C# 8 and later), so they are not listed.
            }
        }

        // The method's own parameters that are not the spec's: the body and the token.
        foreach (ParameterSyntax parameter in method.ParameterList.Parameters.Where(p => p.Identifier.ValueText is "body" or "cancellationToken"))
        {
            yield return parameter.Identifier;
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Stripe;

/// <summary>
/// The client generated for one spec, compiled in memory and loaded into a collectible load context, so a test can
/// build its models and call its methods through reflection, then let the assembly go.
/// </summary>
internal sealed class CompiledClient : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private CompiledClient(AssemblyLoadContext context, Assembly assembly, GeneratorRunResult run)
    {
        _context = context;
        _assembly = assembly;
        Run = run;
    }

    public GeneratorRunResult Run { get; }

    /// <summary>Generates, compiles (failing on any compiler warning or error) and loads the client for <paramref name="specText"/>.</summary>
    public static CompiledClient Build(string specText, string path)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText(path, specText) })
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out Compilation output, out _);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emitted.Success && problems.Count == 0, string.Join("\n", problems.Take(20)));

        image.Position = 0;
        var context = new AssemblyLoadContext("Stripe-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledClient(context, context.LoadFromStream(image), run);
    }

    /// <summary>A generated type by its simple name.</summary>
    public Type Type(string name)
        => _assembly.GetTypes().SingleOrDefault(t => t.Name == name && t.DeclaringType is null)
            ?? throw new InvalidOperationException("No generated type " + name);

    /// <summary>A generated model with the given properties set (C# property names).</summary>
    public object New(string typeName, params (string Property, object? Value)[] properties)
    {
        Type type = Type(typeName);
        object instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in properties)
        {
            PropertyInfo info = type.GetProperty(property) ?? throw new InvalidOperationException(typeName + " has no property " + property);
            info.SetValue(instance, value);
        }

        return instance;
    }

    /// <summary>A union holding <paramref name="branch"/>, through the union's public constructor for that branch.</summary>
    public object Union(string typeName, object branch)
    {
        ConstructorInfo constructor = Type(typeName).GetConstructors()
            .Single(c => c.GetParameters() is [{ } only] && only.ParameterType.IsInstanceOfType(branch));
        return constructor.Invoke([branch]);
    }

    /// <summary>A <c>List&lt;T&gt;</c> of a generated element type, for an <c>IList&lt;T&gt;</c> property.</summary>
    public IList ListOf(string elementTypeName, params object[] items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(Type(elementTypeName)))!;
        foreach (object item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A value of a generated string enum (an extensible struct), from its wire value.</summary>
    public object Enum(string typeName, string value)
        => Type(typeName).GetConstructor([typeof(string)])?.Invoke([value])
            ?? throw new InvalidOperationException(typeName + " has no string constructor");

    /// <summary>
    /// Calls <c>{operation}Async</c> on a client that sends through <paramref name="handler"/>, with the named
    /// arguments (C# parameter names) and every other parameter left at its default.
    /// </summary>
    public async Task CallAsync(RecordingHandler handler, string clientName, string operation, params (string Parameter, object? Value)[] arguments)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        Type clientType = Type(clientName);
        object client = Activator.CreateInstance(clientType, http, null)!;
        MethodInfo method = clientType.GetMethod(operation + "Async") ?? throw new InvalidOperationException(clientName + " has no method " + operation + "Async");
        var given = arguments.ToDictionary(a => a.Parameter, a => a.Value, StringComparer.Ordinal);
        object?[] values = method.GetParameters()
            .Select(p => given.Remove(p.Name!, out object? value) ? value : p.ParameterType == typeof(CancellationToken) ? TestContext.Current.CancellationToken : p.DefaultValue)
            .ToArray();
        Assert.True(given.Count == 0, operation + "Async has no parameter " + string.Join(", ", given.Keys));
        await ((Task)method.Invoke(client, values)!).ConfigureAwait(false);
    }

    public void Dispose() => _context.Unload();
}

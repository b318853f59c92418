using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiThreads.Generator.Model;
using OpenApiThreads.Generator.Tests.Infrastructure;
using Xunit;

namespace OpenApiThreads.Generator.Tests;

/// <summary>An inline enum with a component enum's values is that component's type, not a second one.</summary>
public sealed class EnumReuseTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets/findByStatus:
            get:
              operationId: findPetsByStatus
              parameters:
                - {name: status, in: query, schema: {type: string, enum: [available, pending, sold]}}
                - {name: statuses, in: query, schema: {type: array, items: {type: string, enum: [sold, available, pending]}}}
                - {name: mood, in: query, schema: {type: string, enum: [happy, sad]}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        components:
          schemas:
            PetStatus: {type: string, enum: [available, pending, sold]}
            Pet:
              type: object
              properties:
                status: {type: string, enum: [available, pending, sold], nullable: true}
                previous: {type: string, enum: [available, pending]}
        """;

    [Fact]
    public void An_inline_enum_equal_to_a_component_enum_uses_the_component()
    {
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/pets.yaml");
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        ApiModel model = GeneratorHarness.ModelOf(result);

        var parameters = model.Operations.Single().Parameters.ToDictionary(p => p.JsonName, p => p.Type);
        Assert.Equal("PetStatus", parameters["status"].Name);
        Assert.Equal("PetStatus", parameters["statuses"].Element!.Name);
        Assert.Equal("FindPetsByStatusMood", parameters["mood"].Name);

        var pet = (ObjectSpec)model.Types.Single(t => t.Name == "Pet");
        PropertySpec status = pet.Properties.Single(p => p.JsonName == "status");
        Assert.Equal("PetStatus", status.Type.Name);
        Assert.True(status.Type.IsNullable);
        Assert.Equal("PetPrevious", pet.Properties.Single(p => p.JsonName == "previous").Type.Name);
        Assert.DoesNotContain(model.Types, t => t.Name is "FindPetsByStatusStatus" or "PetStatus2");
    }

    [Fact]
    public void Identical_inline_enums_are_one_type_named_after_the_first_and_different_ones_are_not_merged()
    {
        const string Spec = """
            openapi: 3.0.3
            info: {title: Orders, version: '1'}
            paths:
              /orders:
                get:
                  operationId: listOrders
                  parameters:
                    - {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}
                    - {name: state, in: query, schema: {type: string, enum: [open, closed]}}
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
              /invoices:
                get:
                  operationId: listInvoices
                  parameters:
                    - {name: sort, in: query, schema: {type: string, enum: [desc, asc]}}
                    - {name: order, in: query, schema: {type: string, enum: [asc, desc, none]}}
                  responses:
                    '204': {description: ok}
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    direction: {type: string, enum: [asc, desc], nullable: true}
            """;
        var (output, result, _) = GeneratorHarness.Run(Spec, "/project/orders.yaml");
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        ApiModel model = GeneratorHarness.ModelOf(result);

        // Components are translated first, so the first place the values are written is Order.direction.
        var order = (ObjectSpec)model.Types.Single(t => t.Name == "Order");
        TypeRef direction = order.Properties.Single().Type;
        Assert.Equal("OrderDirection", direction.Name);
        Assert.True(direction.IsNullable);

        var parameters = model.Operations.SelectMany(o => o.Parameters.Select(p => (o.OperationId + "." + p.JsonName, p.Type.Name))).ToDictionary(p => p.Item1, p => p.Name);
        Assert.Equal("OrderDirection", parameters["listOrders.sort"]);
        Assert.Equal("OrderDirection", parameters["listInvoices.sort"]);
        Assert.Equal("ListOrdersState", parameters["listOrders.state"]);
        Assert.Equal("ListInvoicesOrder", parameters["listInvoices.order"]);
        Assert.Single(model.Types.OfType<EnumSpec>(), t => t.Members.Count == 2 && t.Members.Any(m => m.Value == "asc"));
    }
}

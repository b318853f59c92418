using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>
/// The smallest spec for each bug the fuzzer found, held to the same promise as a fuzz case. A fuzz failure names a
/// seed and a case number that a change to the mutator reshuffles; these stay put.
/// </summary>
public sealed class FoundByFuzzing
{
    private const string Head = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

    private static readonly Dictionary<string, string> Specs = new()
    {
        // A YAML error at the end of a file without a final newline was placed on a line after the last one.
        ["yaml-error-at-end-of-last-line"] = "openapi: 3.0.1\ninfo: {title: T",

        // Microsoft.OpenApi throws on reference chains that loop or end in something that is not a schema.
        ["schema-refers-to-itself"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n    B:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n",
        ["schemas-refer-to-each-other"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    C:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n",
        ["allof-part-refers-to-a-self-reference"] = Head + "paths: {}\ncomponents:\n  schemas:\n    S: {$ref: '#/components/schemas/S'}\n    A:\n      allOf:\n        - {type: object, properties: {x: {type: string}}}\n        - $ref: '#/components/schemas/S'\n",
        ["anyof-branch-refers-to-a-self-reference"] = Head + "paths: {}\ncomponents:\n  schemas:\n    S: {$ref: '#/components/schemas/S'}\n    A:\n      type: object\n      properties:\n        u:\n          anyOf:\n            - $ref: '#/components/schemas/S'\n            - type: 'null'\n",
        ["schema-refers-to-paths"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/paths'}\n",
        ["schema-refers-to-a-response"] = Head + "paths: {}\ncomponents:\n  responses:\n    R: {description: r}\n  schemas:\n    A: {$ref: '#/components/responses/R'}\n",
        ["reference-with-empty-name"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/schemas/'}\n",
        ["swagger-reference-that-is-a-number"] = "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    post:\n      parameters:\n        - {name: b, in: body, schema: {$ref: 42}}\n      responses: {'200': {description: ok}}\n",

        // Null or boolean where the reader expects an object.
        ["property-schema-is-null"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        unit:\n",
        ["component-schema-is-true"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: true\n    B:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n",
        ["media-type-is-null"] = Head + "paths:\n  /x:\n    post:\n      requestBody:\n        content:\n          application/json:\n      responses: {'204': {description: none}}\n",
        ["security-scheme-is-null"] = Head + "paths: {}\ncomponents:\n  securitySchemes:\n    bearer:\n",
        ["server-variable-is-a-string"] = Head + "servers:\n  - url: https://example.com/{v}\n    variables:\n      v: wrong\npaths: {}\n",

        // Scalars the reader parses with bool.Parse / int.Parse and lets the FormatException out.
        ["parameter-required-is-not-a-boolean"] = Head + "paths:\n  /x:\n    get:\n      parameters:\n        - {name: id, in: query, required: id, schema: {type: string}}\n      responses: {'204': {description: none}}\n",
        ["max-length-is-not-a-number"] = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        name: {type: string, maxLength: string}\n",
        ["additional-properties-is-a-string"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      additionalProperties: '123'\n",
        ["unknown-openapi-version"] = "openapi: /rea\ninfo: {title: T, version: '1'}\npaths: {}\n",
        ["swagger-scheme-that-is-not-a-scheme"] = "swagger: '2.0'\ninfo: {title: T, version: '1'}\nhost: example.com\nschemes: [application/json]\npaths: {}\n",

        // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on a NEL in a flow mapping.
        ["next-line-character-in-flow-mapping"] = "openapi: 3.1.0\ninfo: {title: a\u0085b: c, version: '1'}\npaths: {}\n",

        // Generated code that did not compile.
        ["optional-body-of-a-value-type"] = Head + "paths:\n  /x:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: integer}\n      responses: {'204': {description: none}}\n",
        ["union-that-lists-itself"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      oneOf:\n        - $ref: '#/components/schemas/A'\n        - type: integer\n",
        ["union-named-value"] = Head + "paths: {}\ncomponents:\n  schemas:\n    Value:\n      anyOf:\n        - type: string\n        - {type: array, items: {type: string}}\n",
        ["union-named-converter"] = Head + "paths: {}\ncomponents:\n  schemas:\n    Converter:\n      anyOf:\n        - type: string\n        - {type: array, items: {type: string}}\n",
        ["union-named-unknownjson"] = Head + "paths: {}\ncomponents:\n  schemas:\n    UnknownJson:\n      anyOf:\n        - type: string\n        - {type: array, items: {type: string}}\n",
        ["enum-value-memberwiseclone"] = Head + "paths: {}\ncomponents:\n  schemas:\n    E: {type: string, enum: [a, MemberwiseClone]}\n",
        ["enum-value-with-a-line-break"] = Head + "paths: {}\ncomponents:\n  schemas:\n    E: {type: string, enum: [a, \"line\\nbreak\"]}\n",
        ["parameter-name-with-a-line-separator"] = Head + "paths:\n  /x:\n    get:\n      operationId: getX\n      parameters:\n        - {name: \"a\\u2028b\", in: query, schema: {type: string}}\n      responses: {'204': {description: none}}\n",
        ["union-named-isunknown"] = Head + "paths: {}\ncomponents:\n  schemas:\n    IsUnknown:\n      anyOf:\n        - type: string\n        - {type: array, items: {type: string}}\n",
        ["schema-named-gettypeinfo"] = Head + "paths: {}\ncomponents:\n  schemas:\n    GetTypeInfo: {type: object, properties: {a: {type: string}}}\n",
        ["schema-named-default"] = Head + "paths: {}\ncomponents:\n  schemas:\n    Default: {type: object, properties: {a: {type: string}}}\n",
        ["schema-named-options"] = Head + "paths: {}\ncomponents:\n  schemas:\n    Options: {type: object, properties: {a: {type: string}}}\n",
        ["schema-named-tostring"] = Head + "paths: {}\ncomponents:\n  schemas:\n    ToString: {type: object, properties: {a: {type: string}}}\n",
        ["property-named-memberwiseclone"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {MemberwiseClone: {type: string}}}\n",
        // Inline schemas are named after every parent: 200 levels (or 40 of a long property name) pass the compiler's
        // checks but give a name over the 1,024 bytes metadata allows (CS7013 when the assembly is written).
        ["nested-inline-objects-with-a-long-name"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: " + string.Concat(Enumerable.Repeat("{type: object, properties: {averyveryverylongpropertyname: ", 40)) + "{type: string}" + new string('}', 80) + "\n",
        // Nested maps (or lists) name their JSON metadata property DictionaryDictionary…: 200 levels exceed it too.
        ["deeply-nested-maps"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        m: " + string.Concat(Enumerable.Repeat("{type: object, additionalProperties: ", 200)) + "{type: string}" + new string('}', 200) + "\n",
        ["deeply-nested-lists"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        l: " + string.Concat(Enumerable.Repeat("{type: array, items: ", 200)) + "{type: string}" + new string('}', 200) + "\n",
        ["title-with-a-line-break"] = "openapi: 3.1.0\ninfo:\n  title: \"Line\\nbreak\"\n  version: '1'\npaths: {}\n",
        // YAML reads a raw U+2028 as a line break; the escape keeps it in the value, and C# ends a line at it.
        ["title-with-a-line-separator"] = "openapi: 3.1.0\ninfo: {title: \"a\\u2028b\", version: '1'}\npaths: {}\n",
        ["property-name-with-a-line-separator"] = Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {\"a\\u2028b\": {type: string}}}\n",
        ["union-name-with-a-line-separator"] = Head + "paths: {}\ncomponents:\n  schemas:\n    \"a\\u2028b\":\n      oneOf:\n        - type: integer\n        - {type: object, properties: {x: {type: string}}}\n",
    };

    public static TheoryData<string> Names => new(Specs.Keys.Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void Generates_clean_code_or_a_located_error(string name)
    {
        var fuzzCase = new FuzzCase(0, 1, name, ".yaml", Specs[name], []);
        CaseOutcome outcome = FuzzDriver.Run([fuzzCase], compiled: null, TestContext.Current.CancellationToken).Cases[1];

        FuzzFailure? failure = CaseCheck.Judge(fuzzCase, outcome);
        Assert.True(failure is null, failure is null ? string.Empty : $"{failure.Kind}: {failure.Signature}\n{failure.Details}");
    }
}

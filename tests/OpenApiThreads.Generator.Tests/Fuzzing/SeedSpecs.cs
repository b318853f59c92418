using System.Collections.Generic;
using OpenApiThreads.Generator.Tests.Infrastructure;

namespace OpenApiThreads.Generator.Tests.Fuzzing;

/// <summary>A spec the mutator starts from. <see cref="Weight"/> is its share of the cases.</summary>
internal sealed record SeedSpec(string Name, string Extension, string Text, int Weight)
{
    public bool IsJson => Extension == ".json";
}

/// <summary>
/// The specs the fuzzer mutates. Besides threads.yaml, each small one covers a dialect or construct the Threads spec
/// does not have, so mutations reach the code paths for it. Every seed generates clean code unmutated.
/// </summary>
internal static class SeedSpecs
{
    // threads.yaml is the realistic seed, but it generates five times the files of the others and compiling them is
    // what the short run spends its time on: a small share keeps it inside its budget.
    public static IReadOnlyList<SeedSpec> All { get; } =
    [
        new("threads", ".yaml", GeneratorHarness.ThreadsSpec, 1),
        new("nullable-3.0", ".yaml", Nullable30, 12),
        new("type-arrays-3.1", ".yaml", TypeArrays31, 12),
        new("swagger-2.0", ".yaml", Swagger20, 10),
        new("json-3.0", ".json", Json30, 10),
        new("polymorphism", ".yaml", Polymorphism, 12),
        new("recursive", ".yaml", Recursive, 12),
        new("inheritance", ".yaml", Inheritance, 12),
        new("bodies-and-parameters", ".yaml", BodiesAndParameters, 12),
    ];

    /// <summary>Every request and response media type and every parameter style and location the client writes.</summary>
    private const string BodiesAndParameters = """
        openapi: 3.0.3
        info: {title: Bodies, version: '1'}
        paths:
          /customers:
            post:
              operationId: createCustomer
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [email]
                      properties:
                        email: {type: string}
                        metadata: {type: object, additionalProperties: {type: string}}
                        items: {type: array, items: {type: object, properties: {price: {type: string}, quantity: {type: integer}}}}
                        expand: {type: array, items: {type: string}}
                    encoding:
                      metadata: {style: deepObject, explode: true}
                      items: {style: deepObject, explode: true}
                      expand: {style: deepObject, explode: true}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}
          /files:
            post:
              operationId: upload
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema: {$ref: '#/components/schemas/Upload'}
                    encoding:
                      file: {contentType: image/png}
                      meta: {style: deepObject, explode: true}
              responses:
                '201': {description: made, content: {text/plain: {schema: {type: string}}}}
          /files/{id}/{label}/{matrix}:
            put:
              operationId: replace
              parameters:
                - {name: id, in: path, required: true, schema: {type: array, items: {type: integer}}}
                - {name: label, in: path, required: true, style: label, schema: {type: string}}
                - {name: matrix, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}}}}
                - {name: raw, in: query, allowReserved: true, schema: {type: string}}
                - {name: X-Ids, in: header, schema: {type: array, items: {type: string}}}
                - {name: session, in: cookie, schema: {type: string}}
              requestBody:
                content:
                  application/octet-stream: {schema: {type: string, format: binary}}
              responses:
                '200': {description: bytes, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
                '204': {description: none}
        components:
          schemas:
            Customer:
              type: object
              properties:
                id: {type: string}
            Upload:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                more: {type: array, items: {type: string, format: binary}}
                title: {type: string}
                tags: {type: array, items: {type: string}}
                meta: {type: object, properties: {author: {type: string}}}
        """;

    private const string Nullable30 = """
        openapi: 3.0.3
        info:
          title: Pet Store
          version: 1.0.0
        servers:
          - url: https://pets.example.com/{version}
            variables:
              version:
                default: v1
        security:
          - bearer: []
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - name: limit
                  in: query
                  schema: {type: integer, format: int32, nullable: true}
                - name: X-Trace
                  in: header
                  schema: {type: string}
              responses:
                '200':
                  description: The pets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Pet'}
                default:
                  description: An error.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Problem'}
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
              responses:
                '201':
                  description: Created.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
          /pets/{petId}:
            parameters:
              - name: petId
                in: path
                required: true
                schema: {type: string, format: uuid}
            get:
              operationId: getPet
              responses:
                '200':
                  description: One pet.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
            delete:
              operationId: deletePet
              responses:
                '204':
                  description: Deleted.
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
          schemas:
            Pet:
              type: object
              description: A pet & its <owner>.
              required: [id, name]
              properties:
                id: {type: string, format: uuid}
                name: {type: string, maxLength: 64}
                tag: {type: string, nullable: true}
                born: {type: string, format: date-time, nullable: true}
                weight: {type: number, format: float}
                photo: {type: string, format: byte}
                kind:
                  type: string
                  enum: [cat, dog, bird]
                  nullable: true
                owner:
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/Owner'
            Owner:
              type: object
              properties:
                name: {type: string}
                age: {type: integer, format: int64}
                vip: {type: boolean, default: false}
            Problem:
              type: object
              properties:
                message: {type: string}
                code: {type: integer, format: int32}
        """;

    private const string TypeArrays31 = """
        openapi: 3.1.0
        info:
          title: Measurements
          version: '2024-01-01'
          description: Readings whose fields use JSON Schema 2020-12 type arrays.
        paths:
          /readings/{id}:
            get:
              operationId: getReading
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: [string, integer]}
              responses:
                '200':
                  description: A reading.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Reading'}
        components:
          schemas:
            Reading:
              type: object
              required: [object, value]
              properties:
                object: {const: reading}
                value: {type: [number, 'null']}
                label: {type: [string, 'null'], maxLength: 20}
                raw: {type: [string, integer, boolean]}
                points:
                  type: [array, 'null']
                  items: {type: number}
                tags:
                  type: object
                  additionalProperties: {type: string}
                unit:
                  anyOf:
                    - type: string
                      enum: [celsius, kelvin]
                    - type: 'null'
                extra: {}
                measured_at: {type: integer, examples: [1700000000]}
        """;

    private const string Swagger20 = """
        swagger: '2.0'
        info:
          title: Legacy Orders
          version: '1'
        host: orders.example.com
        basePath: /api
        schemes: [https]
        consumes: [application/json]
        produces: [application/json]
        paths:
          /orders:
            post:
              operationId: placeOrder
              parameters:
                - name: order
                  in: body
                  required: true
                  schema: {$ref: '#/definitions/Order'}
              responses:
                '200':
                  description: Placed.
                  schema: {$ref: '#/definitions/Order'}
                default:
                  description: Error.
                  schema: {$ref: '#/definitions/Error'}
          /orders/{orderId}:
            get:
              operationId: getOrder
              parameters:
                - name: orderId
                  in: path
                  required: true
                  type: integer
                  format: int64
                - name: expand
                  in: query
                  type: boolean
              responses:
                '200':
                  description: The order.
                  schema: {$ref: '#/definitions/Order'}
        definitions:
          Order:
            type: object
            required: [id]
            properties:
              id: {type: integer, format: int64}
              status: {type: string, enum: [placed, shipped, delivered]}
              lines:
                type: array
                items: {$ref: '#/definitions/OrderLine'}
          OrderLine:
            type: object
            properties:
              sku: {type: string}
              quantity: {type: integer, format: int32}
          Error:
            type: object
            properties:
              message: {type: string}
        """;

    private const string Json30 = """
        {
          "openapi": "3.0.1",
          "info": {"title": "Notes", "version": "1.0"},
          "paths": {
            "/notes": {
              "get": {
                "operationId": "listNotes",
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                  "200": {
                    "description": "Notes.",
                    "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}}}
                  }
                }
              },
              "put": {
                "operationId": "replaceNotes",
                "requestBody": {
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoteList"}}}
                },
                "responses": {"204": {"description": "Replaced."}}
              }
            }
          },
          "components": {
            "schemas": {
              "Note": {
                "type": "object",
                "required": ["id", "text"],
                "properties": {
                  "id": {"type": "integer"},
                  "text": {"type": "string", "nullable": true},
                  "pinned": {"type": "boolean"},
                  "color": {"type": "string", "enum": ["red", "green", "Green", "blue-ish"]},
                  "meta": {"type": "object", "additionalProperties": {"type": "integer"}}
                }
              },
              "NoteList": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}
            }
          }
        }
        """;

    private const string Polymorphism = """
        openapi: 3.1.0
        info:
          title: Shapes
          version: '1'
        paths:
          /shapes:
            post:
              operationId: addShape
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Shape'}
              responses:
                '200':
                  description: Stored.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Drawing'}
        components:
          schemas:
            Base:
              type: object
              required: [id]
              properties:
                id: {type: string}
                created: {type: integer}
            Circle:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [kind, radius]
                  properties:
                    kind: {type: string, enum: [circle]}
                    radius: {type: number}
            Square:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [kind, side]
                  properties:
                    kind: {type: string, enum: [square]}
                    side: {type: number}
            Shape:
              oneOf:
                - $ref: '#/components/schemas/Circle'
                - $ref: '#/components/schemas/Square'
              discriminator:
                propertyName: kind
                mapping:
                  circle: '#/components/schemas/Circle'
                  square: '#/components/schemas/Square'
            Label:
              oneOf:
                - type: object
                  required: [type, text]
                  properties:
                    type: {const: text}
                    text: {type: string}
                - type: object
                  required: [type, url]
                  properties:
                    type: {const: image}
                    url: {type: string}
            Fill:
              anyOf:
                - type: string
                - type: array
                  items: {type: string}
                - $ref: '#/components/schemas/Base'
            Drawing:
              type: object
              properties:
                shapes:
                  type: array
                  items: {$ref: '#/components/schemas/Shape'}
                label: {$ref: '#/components/schemas/Label'}
                fill: {$ref: '#/components/schemas/Fill'}
                mode:
                  anyOf:
                    - type: string
                    - type: string
                      enum: [auto, manual]
        """;

    private const string Recursive = """
        openapi: 3.1.0
        info:
          title: Trees
          version: '1'
        paths:
          /trees/{id}:
            get:
              operationId: getTree
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string}
              responses:
                '200':
                  description: A tree.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Node'}
        components:
          schemas:
            Node:
              type: object
              required: [value]
              properties:
                value: {type: string}
                children:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
                parent: {$ref: '#/components/schemas/Node'}
                byName:
                  type: object
                  additionalProperties: {$ref: '#/components/schemas/Node'}
                other: {$ref: '#/components/schemas/Forest'}
            Forest:
              type: object
              properties:
                trees:
                  type: array
                  items: {$ref: '#/components/schemas/Node'}
                next: {$ref: '#/components/schemas/Forest'}
            Expr:
              oneOf:
                - type: number
                - type: object
                  required: [op, args]
                  properties:
                    op: {type: string}
                    args:
                      type: array
                      items: {$ref: '#/components/schemas/Expr'}
        """;

    /// <summary>allOf as inheritance (two levels, a union of derived classes, a base that refers back) and as a merge.</summary>
    private const string Inheritance = """
        openapi: 3.1.0
        info:
          title: Zoo
          version: '1'
        paths:
          /animals:
            post:
              operationId: addAnimal
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/AnyAnimal'}
              responses:
                '200':
                  description: The animal.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Dog'}
        components:
          schemas:
            Animal:
              type: object
              required: [name, kind]
              properties:
                name: {type: string}
                kind: {type: string}
                nickname: {type: [string, 'null']}
                keeper: {$ref: '#/components/schemas/Keeper'}
            Dog:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - type: object
                  required: [breed]
                  properties:
                    kind: {const: dog}
                    breed: {type: string}
            Puppy:
              allOf:
                - {$ref: '#/components/schemas/Dog'}
              properties:
                toy: {type: string, deprecated: true}
            Cat:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - type: object
                  properties:
                    lives: {type: integer, default: 9}
            AnyAnimal:
              oneOf:
                - {$ref: '#/components/schemas/Puppy'}
                - {$ref: '#/components/schemas/Cat'}
            Keeper:
              type: object
              properties:
                favourite: {$ref: '#/components/schemas/Cat'}
            Merged:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - {$ref: '#/components/schemas/Keeper'}
        """;
}

namespace OpenApiThreads.Generator.Emit.Metadata;

/// <summary>
/// The generic helpers every type's metadata is written through, once per context, so that one type costs a factory
/// of a line or two and one property a single <c>Add</c> call (see <see cref="TypeInfoEmitter"/>). Each helper that
/// takes another type's factory makes that type known to the resolver as it runs (<see cref="MetadataReach"/>), so a
/// trimmed program keeps only the metadata it reaches.
/// </summary>
internal static class MetadataHelpers
{
    private const string Json = "json::";
    private const string Meta = "metadata::";
    private const string Services = Meta + "JsonMetadataServices";
    private const string Factory = "global::System.Func<" + Json + "JsonSerializerOptions, " + Meta + "JsonTypeInfo>";
    private const string Create = "global::System.Func<" + Json + "JsonSerializerOptions, " + Meta + "JsonTypeInfo<T>>";

    /// <summary>The extension data's type, and its factory (which the context has whenever an object has extension data).</summary>
    private static readonly string AdditionalData = Model.BuiltInTypes.AdditionalData.AsNonNullable().ToCSharp();
    private static readonly string CreateAdditionalData = "Create_" + Model.BuiltInTypes.AdditionalData.RuntimeType.InfoName;

    /// <summary>The names these helpers declare on the context, which no type's info property may take.</summary>
    public static readonly string[] MemberNames = ["ObjectMetadata", "PropertyList", "ArrayMetadata", "MapMetadata", "NullableValueMetadata", "StringEnumMetadata", "StringEnumConverter", "ReadStringEnum", ExtensionDataInterface];

    /// <summary>
    /// The interface every object with extension data implements, so its metadata reaches the property through one
    /// shared getter and setter rather than two lambdas per type (on OpenAI's spec, 3,200 of the 15,000 lambdas the
    /// compiler binds and emits for the metadata).
    /// </summary>
    public const string ExtensionDataInterface = "IAdditionalData";

    /// <summary>What the extension data holds: said once on the interface, which each class's bag inherits its docs from.</summary>
    public const string ExtensionDataSummary = "JSON properties the document does not declare, written back as read; null if none.";

    /// <summary>The name the extension data property has unless a JSON property took it.</summary>
    public const string DefaultExtensionDataName = "AdditionalData";

    /// <param name="hasMaps">Whether the document has a map type: only then is <c>Create_String</c>, which a map's key needs, certain to exist.</param>
    /// <param name="hasStrings">Whether the context has <c>Create_String</c>, which a fixed value's property needs.</param>
    /// <param name="hasAdditionalData">Whether an object has extension data, and so the context its type's factory.</param>
    public static void Write(SourceWriter writer, bool hasMaps, bool hasStrings, bool hasAdditionalData)
    {
        writer.WriteLines($$"""

                /// <summary>
                /// An object's metadata, in the shape System.Text.Json's own generator writes: created by
                /// <paramref name="creator"/>, written by <paramref name="write"/> when the options are the context's own,
                /// and its properties listed by <paramref name="properties"/> on first use.
                /// </summary>
                private static {{Meta}}JsonTypeInfo<T> ObjectMetadata<T>({{Json}}JsonSerializerOptions options, global::System.Func<T> creator, global::System.Action<{{Json}}Utf8JsonWriter, T>? write, global::System.Func<PropertyList, PropertyList> properties)
                    where T : notnull
                    => {{Services}}.CreateObjectInfo(options, new {{Meta}}JsonObjectInfoValues<T>
                    {
                        ObjectCreator = creator,
                        PropertyMetadataInitializer = _ => properties(new PropertyList(options, typeof(T))).ToArray(),
                        SerializeHandler = write,
                    });

                /// <summary>One object's property metadata, one call per property in declaration order.</summary>
                private sealed class PropertyList
                {
                    private readonly generic::List<{{Meta}}JsonPropertyInfo> _properties = new();
                    private readonly {{Json}}JsonSerializerOptions _options;
                    private readonly global::System.Type _declaringType;

                    public PropertyList({{Json}}JsonSerializerOptions options, global::System.Type declaringType)
                    {
                        _options = options;
                        _declaringType = declaringType;
                    }

                    /// <summary>A property the JSON must have, always written.</summary>
                    public PropertyList AddRequired<T>(string name, string jsonName, {{Create}} create, global::System.Func<object, T?> getter, global::System.Action<object, T?>? setter, global::System.Type? declaredBy = null)
                    {
                        Add(name, jsonName, create, getter, setter, skipNull: false, declaredBy).IsRequired = true;
                        return this;
                    }

                    /// <summary>An optional property, written when it is not null.</summary>
                    public PropertyList AddOptional<T>(string name, string jsonName, {{Create}} create, global::System.Func<object, T?> getter, global::System.Action<object, T?>? setter, global::System.Type? declaredBy = null)
                    {
                        Add(name, jsonName, create, getter, setter, skipNull: true, declaredBy);
                        return this;
                    }

                    /// <summary>An optional property that may be null, written when <paramref name="isSet"/> says it was assigned.</summary>
                    public PropertyList AddTracked<T>(string name, string jsonName, {{Create}} create, global::System.Func<object, T?> getter, global::System.Action<object, T?>? setter, global::System.Func<object, object?, bool> isSet, global::System.Type? declaredBy = null)
                    {
                        Add(name, jsonName, create, getter, setter, skipNull: false, declaredBy).ShouldSerialize = isSet;
                        return this;
                    }

                    /// <summary>
                    /// One public property as System.Text.Json's own generator fills it in; it makes the property's type
                    /// known (<paramref name="create"/>) first. <paramref name="declaredBy"/> is the base class that
                    /// declares an inherited one.
                    /// </summary>
                    private {{Meta}}JsonPropertyInfo Add<T>(string name, string? jsonName, {{Create}} create, global::System.Func<object, T?> getter, global::System.Action<object, T?>? setter, bool skipNull, global::System.Type? declaredBy, bool extensionData = false)
                    {
                        Reach(typeof(T), create);
                        {{Meta}}JsonPropertyInfo property = {{Services}}.CreatePropertyInfo(_options, new {{Meta}}JsonPropertyInfoValues<T>
                        {
                            IsProperty = true,
                            IsPublic = true,
                            DeclaringType = declaredBy ?? _declaringType,
                            Getter = getter,
                            Setter = setter,
                            IgnoreCondition = skipNull ? {{Json}}Serialization.JsonIgnoreCondition.WhenWritingNull : null,
                            IsExtensionData = extensionData,
                            PropertyName = name,
                            JsonPropertyName = jsonName,
                        });
                        _properties.Add(property);
                        return property;
                    }

            """);
        if (hasStrings)
        {
            // The context has Create_String whenever a property is a string, as every fixed value is.
            writer.WriteLines($$"""
                        /// <summary>A string property with a fixed value: always written, never set; its getter gives the value.</summary>
                        public PropertyList AddFixed(string name, string jsonName, string value, global::System.Type? declaredBy = null)
                        {
                            Add(name, jsonName, Create_String, _ => value, null, skipNull: false, declaredBy);
                            return this;
                        }

                """);
        }

        if (hasAdditionalData)
        {
            writer.WriteLines($$"""
                        /// <summary>The extension data: the JSON properties no other property reads, written back after them.</summary>
                        public PropertyList AddExtensionData(string name = "{{DefaultExtensionDataName}}", global::System.Type? declaredBy = null)
                        {
                            Add(name, null, {{CreateAdditionalData}}, static o => (({{ExtensionDataInterface}})o).{{DefaultExtensionDataName}}, static (o, v) => (({{ExtensionDataInterface}})o).{{DefaultExtensionDataName}} = v, skipNull: false, declaredBy, extensionData: true);
                            return this;
                        }

                """);
        }

        writer.WriteLines($$"""
                    public {{Meta}}JsonPropertyInfo[] ToArray() => _properties.ToArray();
                }

                /// <summary>A JSON array's metadata (an <c>IList</c>), read into a <see cref="generic::List{T}"/>.</summary>
                private static {{Meta}}JsonTypeInfo<generic::IList<T>> ArrayMetadata<T>({{Json}}JsonSerializerOptions options, {{Factory}} element)
                {
                    Reach(typeof(T), element);
                    return {{Services}}.CreateIListInfo<generic::IList<T>, T>(options, new {{Meta}}JsonCollectionInfoValues<generic::IList<T>> { ObjectCreator = static () => new generic::List<T>() });
                }
            """);
        if (hasAdditionalData)
        {
            writer.WriteLines($$"""

                /// <summary>An object that keeps the JSON properties its schema does not declare (<see cref="PropertyList.AddExtensionData"/>).</summary>
                internal interface {{ExtensionDataInterface}}
                {
                    /// <summary>{{ExtensionDataSummary}}</summary>
                    {{AdditionalData}}? {{DefaultExtensionDataName}} { get; set; }
                }
            """);
        }

        if (hasMaps)
        {
            writer.WriteLines($$"""

                /// <summary>A map's metadata, read into a <see cref="generic::Dictionary{TKey, TValue}"/>.</summary>
                private static {{Meta}}JsonTypeInfo<generic::IDictionary<string, T>> MapMetadata<T>({{Json}}JsonSerializerOptions options, {{Factory}} element)
                {
                    // The dictionary converter asks for its key type's metadata too.
                    Reach(typeof(string), Create_String);
                    Reach(typeof(T), element);
                    return {{Services}}.CreateIDictionaryInfo<generic::IDictionary<string, T>, string, T>(options, new {{Meta}}JsonCollectionInfoValues<generic::IDictionary<string, T>> { ObjectCreator = static () => new generic::Dictionary<string, T>() });
                }
            """);
        }

        writer.WriteLines($$"""

                /// <summary>A nullable value type's metadata, which wraps the underlying type's.</summary>
                private static {{Meta}}JsonTypeInfo<T?> NullableValueMetadata<T>({{Json}}JsonSerializerOptions options, {{Factory}} underlying)
                    where T : struct
                {
                    Reach(typeof(T), underlying);
                    return {{Services}}.CreateValueInfo<T?>(options, {{Services}}.GetNullableConverter<T>(TypeInfoOf<T>(options)));
                }
            """);
    }
}

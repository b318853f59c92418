partial class FeatureJsonContext
{
    private metadata::JsonTypeInfo<api::Pet>? _Pet;
    /// <summary>JSON metadata for <see cref="api::Pet"/>.</summary>
    public metadata::JsonTypeInfo<api::Pet> Pet => _Pet ??= Reached(Create_Pet);

    private static metadata::JsonTypeInfo<api::Pet> Create_Pet(json::JsonSerializerOptions options)
    {
        Reach(Create_Cat);
        Reach(Create_Lion);
        return metadata::JsonMetadataServices.CreateValueInfo<api::Pet>(options, new PolymorphicConverter_Pet());
    }

    /// <summary>The metadata of <see cref="api::Pet"/> itself, for a value that is no subclass.</summary>
    private static metadata::JsonTypeInfo<api::Pet> CreateExact_Pet(json::JsonSerializerOptions options)
    {
        static api::Pet C(object o) => (api::Pet)o;
        return ObjectMetadata(options, () => new api::Pet { PetType = default! }, Serialize_Pet, properties => properties
            .AddRequired("PetType", "petType", Create_String, o => C(o).PetType, (o, v) => C(o).PetType = v!)
            .AddOptional("Name", "name", Create_String, o => C(o).Name, (o, v) => C(o).Name = v!)
            .AddExtensionData());
    }

    internal static void Serialize_Pet(json::Utf8JsonWriter writer, api::Pet? value)
    {
        if (value is null) { writer.WriteNullValue(); return; }

        if (value.GetType() != typeof(api::Pet))
        {
            switch (value)
            {
                case api::Cat derived0:
                    Serialize_Cat(writer, derived0);
                    return;
            }
        }

        writer.WriteStartObject();
        writer.WriteString(PropertyNames.petType, value.PetType);
        if (value.Name is not null)
        {
            writer.WriteString(PropertyNames.name, value.Name);
        }
        WriteAdditionalData(writer, value.AdditionalData);
        writer.WriteEndObject();
    }

    private static PropertyTable? s_Pet_properties;

    internal static api::Pet? Read_Pet(ref json::Utf8JsonReader reader, json::JsonSerializerOptions options)
    {
        var properties = new PropertyReader(s_Pet_properties ??= new(typeof(api::Pet), true, 0x1UL, "petType", "name"));
        if (!properties.StartObject(ref reader)) return null;

        if (reader.TokenType == json::JsonTokenType.StartObject)
        {
            json::Utf8JsonReader tag = DiscriminatorAt(reader, "petType");
            if (tag.TokenType == json::JsonTokenType.String)
            {
                if (tag.ValueTextEquals("kitty"))
                {
                    return Read_Cat(ref reader, options);
                }

                if (tag.ValueTextEquals("lion"))
                {
                    return Read_Lion(ref reader, options);
                }
            }
        }

        var value = new api::Pet { PetType = default! };
        while (properties.Next(ref reader))
        {
            switch (properties.Index)
            {
                case 0: value.PetType = reader.GetString()!; break;
                case 1: value.Name = reader.GetString()!; break;
            }
        }

        return properties.Finish(value);
    }

    /// <summary>Reads the subclass the discriminator names, and writes the subclass a value is.</summary>
    private sealed class PolymorphicConverter_Pet : json::Serialization.JsonConverter<api::Pet>
    {
        // One converter per options instance (the resolver creates it with the metadata it belongs to).
        private metadata::JsonTypeInfo<api::Pet>? _exact;

        /// <inheritdoc/>
        public override api::Pet? Read(ref json::Utf8JsonReader reader, global::System.Type typeToConvert, json::JsonSerializerOptions options)
        {
            if (UsesOwnOptions(options))
            {
                return Read_Pet(ref reader, options);
            }

            json::Utf8JsonReader tag = DiscriminatorAt(reader, "petType");
            if (tag.TokenType == json::JsonTokenType.String)
            {
                if (tag.ValueTextEquals("kitty"))
                {
                    return json::JsonSerializer.Deserialize(ref reader, TypeInfoOf<api::Cat>(options));
                }

                if (tag.ValueTextEquals("lion"))
                {
                    return json::JsonSerializer.Deserialize(ref reader, TypeInfoOf<api::Lion>(options));
                }
            }

            return json::JsonSerializer.Deserialize(ref reader, Exact(options));
        }

        /// <inheritdoc/>
        public override void Write(json::Utf8JsonWriter writer, api::Pet value, json::JsonSerializerOptions options)
        {
            if (UsesOwnOptions(options))
            {
                Serialize_Pet(writer, value);
                return;
            }

            switch (value)
            {
                case api::Cat derived0:
                    json::JsonSerializer.Serialize(writer, derived0, TypeInfoOf<api::Cat>(options));
                    return;
            }

            json::JsonSerializer.Serialize(writer, value, Exact(options));
        }

        private metadata::JsonTypeInfo<api::Pet> Exact(json::JsonSerializerOptions options) => _exact ??= CreateExact_Pet(options);
    }
}

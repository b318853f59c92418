partial class FeatureJsonContext
{
    private metadata::JsonTypeInfo<api::Payment>? _Payment;
    /// <summary>JSON metadata for <see cref="api::Payment"/>.</summary>
    public metadata::JsonTypeInfo<api::Payment> Payment => _Payment ??= Reached(Create_Payment);

    private static metadata::JsonTypeInfo<api::Payment> Create_Payment(json::JsonSerializerOptions options)
    {
        Reach(Create_String);
        Reach(Create_DictionaryJsonElement);
        return metadata::JsonMetadataServices.CreateValueInfo<api::Payment>(options, new CompositionConverter_Payment());
    }

    /// <summary>Reads and writes the object with its generated code, which also reads the branch from the same JSON object.</summary>
    private sealed class CompositionConverter_Payment : json::Serialization.JsonConverter<api::Payment>
    {
        /// <inheritdoc/>
        public override api::Payment? Read(ref json::Utf8JsonReader reader, global::System.Type typeToConvert, json::JsonSerializerOptions options)
            => Read_Payment(ref reader, options);

        /// <inheritdoc/>
        public override void Write(json::Utf8JsonWriter writer, api::Payment value, json::JsonSerializerOptions options)
            => Serialize_Payment(writer, value);
    }

    private static readonly string[] s_Payment_own = new[] { "id", "method" };
    private static readonly string[] s_Payment_branch0 = new[] { "method", "number" };
    private static readonly string[] s_Payment_branch1 = new[] { "method", "iban" };

    /// <summary>The JSON names the branch held declares: read into it, and written from it.</summary>
    private static string[] CompositionNames_Payment(api::PaymentVariant variant)
    {
        if (variant.IsCard)
        {
            return s_Payment_branch0;
        }

        if (variant.IsTransfer)
        {
            return s_Payment_branch1;
        }

        return global::System.Array.Empty<string>();
    }

    internal static void Serialize_Payment(json::Utf8JsonWriter writer, api::Payment? value)
    {
        if (value is null) { writer.WriteNullValue(); return; }

        writer.WriteStartObject();
        writer.WriteString(PropertyNames.id, value.Id);
        if (value.Method is not null)
        {
            writer.WriteString(PropertyNames.method, value.Method);
        }
        generic::HashSet<string>? written = null;
        if (value.Variant is { IsUnknown: false } variant)
        {
            string[] declared = CompositionNames_Payment(variant);
            using json::JsonDocument branch = json::JsonSerializer.SerializeToDocument(variant, Default.PaymentVariant);
            if (branch.RootElement.ValueKind == json::JsonValueKind.Object)
            {
                foreach (json::JsonProperty member in branch.RootElement.EnumerateObject())
                {
                    if (global::System.Array.IndexOf(s_Payment_own, member.Name) >= 0 || (global::System.Array.IndexOf(declared, member.Name) < 0 && value.AdditionalData is { } kept && kept.ContainsKey(member.Name)))
                    {
                        continue;
                    }

                    if ((written ??= new generic::HashSet<string>(global::System.StringComparer.Ordinal)).Add(member.Name))
                    {
                        member.WriteTo(writer);
                    }
                }
            }
        }

        if (value.AdditionalData is { } additionalData)
        {
            foreach (generic::KeyValuePair<string, json::JsonElement> pair in additionalData)
            {
                if (written is null || !written.Contains(pair.Key))
                {
                    writer.WritePropertyName(pair.Key);
                    pair.Value.WriteTo(writer);
                }
            }
        }
        writer.WriteEndObject();
    }

    private static PropertyTable? s_Payment_properties;

    internal static api::Payment? Read_Payment(ref json::Utf8JsonReader reader, json::JsonSerializerOptions options)
    {
        var properties = new PropertyReader(s_Payment_properties ??= new(typeof(api::Payment), true, 0x1UL, "id", "method"));
        if (!properties.StartObject(ref reader)) return null;

        var value = new api::Payment { Id = default! };
        json::Utf8JsonReader compositionStart = reader;
        while (properties.Next(ref reader))
        {
            switch (properties.Index)
            {
                case 0: value.Id = reader.GetString()!; break;
                case 1: value.Method = reader.GetString()!; break;
            }
        }

        properties.CheckRequired();
        value.AdditionalData = properties.Unknown;
        value.Variant = Read_PaymentVariant(ref compositionStart, options);
        if (value.AdditionalData is { } additionalData && value.Variant is { } variant)
        {
            foreach (string declared in CompositionNames_Payment(variant))
            {
                additionalData.Remove(declared);
            }

            if (additionalData.Count == 0)
            {
                value.AdditionalData = null;
            }
        }

        return value;
    }
}

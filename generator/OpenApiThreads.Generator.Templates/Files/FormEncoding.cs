// Template: the generator copies the FormEncoding region into the FormEncoding helpers of a client whose spec posts
// forms or multipart bodies. The type line itself is written by the generator.
namespace OpenApiThreads.Templates
{
    internal static class FormEncoding
    {
        #region FormEncoding
        /// <summary>A text part, as a browser writes a form field: no Content-Type unless the spec's encoding names one.</summary>
        public static void AddText(global::System.Net.Http.MultipartFormDataContent content, string name, string value, string? contentType)
        {
            var part = new global::System.Net.Http.StringContent(value, global::System.Text.Encoding.UTF8);
            part.Headers.ContentType = contentType is null ? null : global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            content.Add(part, name);
        }

        /// <summary>A file part. Content-Disposition always carries a file name (the part's name when the file has none).</summary>
        public static void AddFile(global::System.Net.Http.MultipartFormDataContent content, string name, FileUpload file, string? contentType)
        {
            global::System.ArgumentNullException.ThrowIfNull(file);
            content.Add(file.ToContent(contentType ?? "application/octet-stream"), name, file.FileName ?? name);
        }

        /// <summary>A structured value as a JSON part, OpenAPI's default for objects in multipart bodies.</summary>
        public static void AddJson(global::System.Net.Http.MultipartFormDataContent content, string name, byte[] json, string? contentType)
        {
            var part = new global::System.Net.Http.ByteArrayContent(json);
            part.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType ?? "application/json");
            content.Add(part, name);
        }

        /// <summary>A structured value as bracketed text parts (<c>a[b]</c>), for a multipart body whose encoding asks for deepObject.</summary>
        public static void AddTextFields(global::System.Net.Http.MultipartFormDataContent content, string name, global::System.Text.Json.JsonElement value, bool deepObject, bool explode)
        {
            var fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
            AddFields(fields, name, value, deepObject, explode);
            foreach (global::System.Collections.Generic.KeyValuePair<string, string> field in fields)
            {
                AddText(content, field.Key, field.Value, null);
            }
        }

        /// <summary>The fields of a structured value, for a query parameter that spreads an object the same way.</summary>
        public static global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> Fields(string name, global::System.Text.Json.JsonElement value, bool deepObject, bool explode)
        {
            var fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
            AddFields(fields, name, value, deepObject, explode);
            return fields;
        }

        /// <summary>One name=value pair of a form-urlencoded body.</summary>
        public static void AddField(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> fields, string name, string value)
            => fields.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(name, value));

        /// <summary>
        /// A structured value as form fields. deepObject nests in brackets: <c>a[b]=c</c>, arrays of objects
        /// <c>a[0][b]=c</c>, arrays of scalars <c>a[]=x</c>. Form style spreads an exploded object's members as fields
        /// of their own and repeats an exploded array's name; unexploded, both become one comma-joined value.
        /// JSON null sends nothing; booleans and numbers keep their JSON spelling.
        /// </summary>
        public static void AddFields(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> fields, string name, global::System.Text.Json.JsonElement value, bool deepObject, bool explode)
        {
            switch (value.ValueKind)
            {
                case global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined:
                    return;
                case global::System.Text.Json.JsonValueKind.Object when deepObject:
                    foreach (global::System.Text.Json.JsonProperty member in value.EnumerateObject())
                    {
                        AddFields(fields, name + "[" + member.Name + "]", member.Value, deepObject, explode);
                    }

                    return;
                case global::System.Text.Json.JsonValueKind.Array when deepObject:
                    int index = 0;
                    foreach (global::System.Text.Json.JsonElement item in value.EnumerateArray())
                    {
                        bool nested = item.ValueKind is global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array;
                        AddFields(fields, nested ? name + "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]" : name + "[]", item, deepObject, explode);
                        index++;
                    }

                    return;
                case global::System.Text.Json.JsonValueKind.Object when explode:
                    foreach (global::System.Text.Json.JsonProperty member in value.EnumerateObject())
                    {
                        AddField(fields, member.Name, Scalar(member.Value));
                    }

                    return;
                case global::System.Text.Json.JsonValueKind.Array when explode:
                    foreach (global::System.Text.Json.JsonElement item in value.EnumerateArray())
                    {
                        AddField(fields, name, Scalar(item));
                    }

                    return;
                case global::System.Text.Json.JsonValueKind.Object:
                    var pairs = new global::System.Collections.Generic.List<string>();
                    foreach (global::System.Text.Json.JsonProperty member in value.EnumerateObject())
                    {
                        pairs.Add(member.Name);
                        pairs.Add(Scalar(member.Value));
                    }

                    AddField(fields, name, string.Join(",", pairs));
                    return;
                case global::System.Text.Json.JsonValueKind.Array:
                    var items = new global::System.Collections.Generic.List<string>();
                    foreach (global::System.Text.Json.JsonElement item in value.EnumerateArray())
                    {
                        items.Add(Scalar(item));
                    }

                    AddField(fields, name, string.Join(",", items));
                    return;
                default:
                    AddField(fields, name, Scalar(value));
                    return;
            }
        }

        /// <summary>A JSON value as field text: a string as itself, anything else as its JSON spelling.</summary>
        private static string Scalar(global::System.Text.Json.JsonElement value)
            => value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();
        #endregion
    }
}

using OpenApiThreads.Generator.Emit.Security;

namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// <c>services.Add…Client(…)</c> for projects that reference Microsoft.Extensions.Http, so the client gets its
/// <c>HttpClient</c> from <c>IHttpClientFactory</c> and its options through <c>IOptions&lt;T&gt;</c>, optionally bound
/// from configuration by generated code (no reflection binder, so it stays trim- and AOT-safe). Projects without that
/// package get no such file and no error.
/// </summary>
internal static class ServiceCollectionEmitter
{
    public static string Emit(ServiceCollectionEmitItem item)
    {
        EmitHeader header = item.Header;
        string client = "api::" + header.ClientName;
        string contract = "api::I" + header.ClientName;
        string options = "api::" + header.OptionsName;
        const string Di = "global::Microsoft.Extensions.DependencyInjection";
        const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>Registers <see cref="{{client}}"/> with an <c>IHttpClientFactory</c>-managed <c>HttpClient</c>.</summary>
            {{header.Accessibility}} static class {{header.ClientName}}ServiceCollectionExtensions
            {
                /// <summary>
                /// Registers <see cref="{{contract}}"/> and <see cref="{{client}}"/> as typed HTTP clients, with their options
                /// through <c>IOptions&lt;{{header.OptionsName}}&gt;</c>. The returned builder adds handlers (for example
                /// <c>AddStandardResilienceHandler()</c>) or sets the <c>HttpClient</c>'s <c>BaseAddress</c>, which is used
                /// when the options set none.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the base address, credentials, headers, timeout and retries.</param>
                /// <returns>The builder of the named <c>HttpClient</c> the client uses.</returns>
                public static {{Di}}.IHttpClientBuilder Add{{header.ClientName}}(this {{Di}}.IServiceCollection services, global::System.Action<{{options}}>? configure = null)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    var optionsBuilder = {{Di}}.OptionsServiceCollectionExtensions.AddOptions<{{options}}>(services);
                    if (configure is not null)
                    {
                        optionsBuilder.Configure(configure);
                    }

                    return AddClient(services);
                }

                /// <summary>
                /// Registers the client as <see cref="Add{{header.ClientName}}({{Di}}.IServiceCollection, global::System.Action{{"{"}}{{options}}{{"}"}}?)"/> does,
                /// with its options read from <paramref name="configuration"/> (a section such as <c>"{{header.ClientName}}"</c>)
                /// and then passed to <paramref name="configure"/>. Keys are the options' property names; <c>DefaultHeaders</c>
                /// is a section of header names and values.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configuration">The configuration section holding the options.</param>
                /// <param name="configure">Changes the options after they are read, for what configuration cannot hold (a token provider).</param>
                /// <returns>The builder of the named <c>HttpClient</c> the client uses.</returns>
                public static {{Di}}.IHttpClientBuilder Add{{header.ClientName}}(this {{Di}}.IServiceCollection services, {{Configuration}} configuration, global::System.Action<{{options}}>? configure = null)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    global::System.ArgumentNullException.ThrowIfNull(configuration);
                    var optionsBuilder = {{Di}}.OptionsServiceCollectionExtensions.AddOptions<{{options}}>(services);
                    optionsBuilder.Configure(options => Bind(configuration, options));
                    if (configure is not null)
                    {
                        optionsBuilder.Configure(configure);
                    }

                    return AddClient(services);
                }

                private static {{Di}}.IHttpClientBuilder AddClient({{Di}}.IServiceCollection services)
                {
                    {{Di}}.Extensions.ServiceCollectionDescriptorExtensions.TryAddTransient(services, static provider => {{Di}}.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{{options}}>>(provider).Value);
                    {{Di}}.Extensions.ServiceCollectionDescriptorExtensions.TryAddTransient(services, static provider => ({{client}}){{Di}}.ServiceProviderServiceExtensions.GetRequiredService<{{contract}}>(provider));
                    {{Di}}.IHttpClientBuilder builder = {{Di}}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{contract}}, {{client}}>(
                        services,
                        static (httpClient, provider) => new {{client}}(httpClient, {{Di}}.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{{options}}>>(provider).Value));

                    // The factory's default handler follows redirects to any origin, with custom credential headers; the
                    // client follows same-origin 307/308 itself. A handler configured after this call replaces this one.
                    return {{Di}}.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(
                        builder,
                        static () => new global::System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
                }

                /// <summary>Reads the options from configuration without reflection: each key is parsed as its property's type.</summary>
                private static void Bind({{Configuration}} configuration, {{options}} options)
                {
            """);
        writer.WriteLine("        if (configuration[\"BaseAddress\"] is { Length: > 0 } baseAddress)");
        writer.WriteLine("        {");
        writer.WriteLine("            options.BaseAddress = new global::System.Uri(baseAddress, global::System.UriKind.Absolute);");
        writer.WriteLine("        }");
        writer.WriteLine();
        foreach (string property in ConfigurationBinding.StringProperties(item.Schemes, item.Server))
        {
            writer.WriteLine("        if (configuration[" + DocComments.Literal(property) + "] is { } " + Local(property) + ")");
            writer.WriteLine("        {");
            writer.WriteLine("            options." + property + " = " + Local(property) + ";");
            writer.WriteLine("        }");
            writer.WriteLine();
        }

        writer.WriteLines($$"""
                    if (configuration["MaxRetries"] is { Length: > 0 } maxRetries)
                    {
                        options.MaxRetries = int.Parse(maxRetries, global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    if (configuration["Timeout"] is { Length: > 0 } timeout)
                    {
                        options.Timeout = global::System.TimeSpan.Parse(timeout, global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    if (configuration["InitialRetryDelay"] is { Length: > 0 } initialRetryDelay)
                    {
                        options.InitialRetryDelay = global::System.TimeSpan.Parse(initialRetryDelay, global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    if (configuration["MaxRetryDelay"] is { Length: > 0 } maxRetryDelay)
                    {
                        options.MaxRetryDelay = global::System.TimeSpan.Parse(maxRetryDelay, global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    foreach (global::Microsoft.Extensions.Configuration.IConfigurationSection header in configuration.GetSection("DefaultHeaders").GetChildren())
                    {
                        if (header.Value is { } value)
                        {
                            options.DefaultHeaders[header.Key] = value;
                        }
                    }
                }
            }
            """);
        return FileHeader.Finish(writer);
    }

    private static string Local(string property) => "@" + char.ToLowerInvariant(property[0]) + property.Substring(1);
}

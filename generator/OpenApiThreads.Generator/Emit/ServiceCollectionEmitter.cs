namespace OpenApiThreads.Generator.Emit;

/// <summary>
/// <c>services.Add…Client(…)</c> for projects that reference Microsoft.Extensions.Http, so the client gets its
/// <c>HttpClient</c> from <c>IHttpClientFactory</c>. Projects without that package get no such file and no error.
/// </summary>
internal static class ServiceCollectionEmitter
{
    public static string Emit(ServiceCollectionEmitItem item)
    {
        EmitHeader header = item.Header;
        string client = "global::" + header.Namespace + "." + header.ClientName;
        string contract = "global::" + header.Namespace + ".I" + header.ClientName;
        string options = "global::" + header.Namespace + "." + header.OptionsName;
        const string Di = "global::Microsoft.Extensions.DependencyInjection";
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>Registers <see cref="{{client}}"/> with an <c>IHttpClientFactory</c>-managed <c>HttpClient</c>.</summary>
            {{header.Accessibility}} static class {{header.ClientName}}ServiceCollectionExtensions
            {
                /// <summary>
                /// Registers <see cref="{{contract}}"/> and <see cref="{{client}}"/> as typed HTTP clients. The options are
                /// built once, here; the returned builder adds handlers or configures the primary handler.
                /// </summary>
                /// <param name="services">The service collection.</param>
                /// <param name="configure">Sets the base address, API key, headers, timeout and retries.</param>
                /// <returns>The builder of the named <c>HttpClient</c> the client uses.</returns>
                public static {{Di}}.IHttpClientBuilder Add{{header.ClientName}}(this {{Di}}.IServiceCollection services, global::System.Action<{{options}}>? configure = null)
                {
                    global::System.ArgumentNullException.ThrowIfNull(services);
                    var options = new {{options}}();
                    configure?.Invoke(options);
                    {{Di}}.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services, options);
                    {{Di}}.IHttpClientBuilder builder = {{Di}}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{{contract}}, {{client}}>(
                        services,
                        static (httpClient, provider) => new {{client}}(httpClient, {{Di}}.ServiceProviderServiceExtensions.GetRequiredService<{{options}}>(provider)));

                    // The factory's default handler follows redirects to any origin, with custom credential headers; the
                    // client follows same-origin 307/308 itself. A handler configured after this call replaces this one.
                    return {{Di}}.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(
                        builder,
                        static () => new global::System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
                }
            }
            """);
        return FileHeader.Finish(writer);
    }
}

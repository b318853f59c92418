using OpenApiThreads.Generator.Model;

namespace OpenApiThreads.Generator.Emit;

/// <summary>The client's options: timeouts, retries, headers for every request. Addresses and credentials: Security/ConnectionOptionsEmitter.</summary>
internal static class OptionsEmitter
{
    public static string Emit(OptionsEmitItem item)
    {
        EmitHeader header = item.Header;
        SourceWriter writer = FileHeader.Start(header);
        writer.WriteLines($$"""
            /// <summary>Settings for <see cref="api::{{header.ClientName}}"/>.</summary>
            {{header.Accessibility}} sealed partial class {{header.OptionsName}}
            {
                /// <summary>The User-Agent sent unless <see cref="UserAgent"/> is changed.</summary>
                public const string DefaultUserAgent = {{DocComments.Literal(item.DefaultUserAgent)}};

                private int _maxRetries = 2;
                private global::System.TimeSpan _timeout = global::System.TimeSpan.FromSeconds(100);
                private global::System.TimeSpan _initialRetryDelay = global::System.TimeSpan.FromSeconds(0.5);
                private global::System.TimeSpan _maxRetryDelay = global::System.TimeSpan.FromSeconds(8);

                /// <summary>
                /// How many times a failed request is sent again. Any method is retried after 429, after 503 with a retry
                /// hint, and when the connection could not be made. GET, HEAD, OPTIONS, PUT and DELETE, and any request
                /// with an <c>Idempotency-Key</c> header, are also retried after 408, other 5xx (not 501 or 505), a dropped
                /// connection and a timed-out attempt. Protocol errors and size limits are not retried. The default is 2;
                /// 0 disables retries. A stream is never retried once its response has started.
                /// </summary>
                public int MaxRetries
                {
                    get => _maxRetries;
                    set => _maxRetries = value >= 0 ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "MaxRetries cannot be negative.");
                }

                /// <summary>
                /// How long one attempt may take: until the whole body has arrived, or for a stream until its headers
                /// have (an error body is always read within it). The default is 100 seconds; <see cref="global::System.Threading.Timeout.InfiniteTimeSpan"/> disables it.
                /// An attempt that runs out of time is retried; the last one throws <see cref="global::System.TimeoutException"/>.
                /// The <c>HttpClient</c>'s own <c>Timeout</c> (100 seconds unless changed) also bounds each attempt, whichever is shorter.
                /// </summary>
                public global::System.TimeSpan Timeout
                {
                    get => _timeout;
                    set => _timeout = value > global::System.TimeSpan.Zero || value == global::System.Threading.Timeout.InfiniteTimeSpan
                        ? value
                        : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Timeout must be positive, or Timeout.InfiniteTimeSpan.");
                }

                /// <summary>The wait before the first retry (default half a second); it doubles for each retry after it, less up to a quarter of jitter.</summary>
                public global::System.TimeSpan InitialRetryDelay
                {
                    get => _initialRetryDelay;
                    set => _initialRetryDelay = value >= global::System.TimeSpan.Zero ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "InitialRetryDelay cannot be negative.");
                }

                /// <summary>
                /// The longest wait between retries (default 8 seconds): the backoff grows to it, and a server's
                /// <c>Retry-After</c> or <c>retry-after-ms</c> is honoured up to it. Raise it to honour longer server waits.
                /// </summary>
                public global::System.TimeSpan MaxRetryDelay
                {
                    get => _maxRetryDelay;
                    set => _maxRetryDelay = value >= global::System.TimeSpan.Zero ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "MaxRetryDelay cannot be negative.");
                }

                private global::System.TimeSpan _streamIdleTimeout = global::System.TimeSpan.FromSeconds(60);
                private long? _maxResponseBytes;

                /// <summary>
                /// How long a stream may go without sending a byte once it has started (default 60 seconds); then the
                /// call throws <see cref="global::System.TimeoutException"/>. <see cref="global::System.Threading.Timeout.InfiniteTimeSpan"/> disables it.
                /// </summary>
                public global::System.TimeSpan StreamIdleTimeout
                {
                    get => _streamIdleTimeout;
                    set => _streamIdleTimeout = value > global::System.TimeSpan.Zero || value == global::System.Threading.Timeout.InfiniteTimeSpan
                        ? value
                        : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "StreamIdleTimeout must be positive, or Timeout.InfiniteTimeSpan.");
                }

                /// <summary>
                /// The largest response body read, in bytes; null (the default) leaves only the <c>HttpClient</c>'s
                /// <c>MaxResponseContentBufferSize</c>. A larger body throws <see cref="global::System.Net.Http.HttpRequestException"/>
                /// with <c>HttpRequestError.ConfigurationLimitExceeded</c> and is not retried. Streams are not limited in total.
                /// </summary>
                public long? MaxResponseBytes
                {
                    get => _maxResponseBytes;
                    set => _maxResponseBytes = value is null or > 0 ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "MaxResponseBytes must be positive, or null.");
                }

                /// <summary>The User-Agent header of every request; null or empty sends none. <see cref="DefaultHeaders"/> can override it.</summary>
                public string? UserAgent { get; set; } = DefaultUserAgent;

                /// <summary>Headers added to every request (header names compare case-insensitively).</summary>
                public generic::IDictionary<string, string> DefaultHeaders { get; } =
                    new generic::Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

                /// <summary>Describes the options, saying which credentials are set but never what they are.</summary>
                public override string ToString()
                    => "BaseAddress = " + (BaseAddress?.ToString() ?? "(not set)") + DescribeCredentials()
                        + ", Timeout = " + Timeout + ", MaxRetries = " + MaxRetries;
            }
            """);
        return FileHeader.Finish(writer);
    }
}

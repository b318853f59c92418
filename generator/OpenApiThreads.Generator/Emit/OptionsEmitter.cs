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
            /// <summary>Settings for <see cref="global::{{header.Namespace}}.{{header.ClientName}}"/>.</summary>
            {{header.Accessibility}} sealed partial class {{header.OptionsName}}
            {
                /// <summary>The User-Agent sent unless <see cref="UserAgent"/> is changed.</summary>
                public const string DefaultUserAgent = {{DocComments.Literal(item.DefaultUserAgent)}};

                private int _maxRetries = 2;
                private global::System.TimeSpan _timeout = global::System.TimeSpan.FromSeconds(100);
                private global::System.TimeSpan _initialRetryDelay = global::System.TimeSpan.FromSeconds(0.5);
                private global::System.TimeSpan _maxRetryDelay = global::System.TimeSpan.FromSeconds(8);

                /// <summary>
                /// How many times a failed request is sent again: 408, 409, 429 and 5xx answers, connection failures and
                /// timed-out attempts. The default is 2; 0 disables retries. A stream is never retried once its response
                /// has started.
                /// </summary>
                public int MaxRetries
                {
                    get => _maxRetries;
                    set => _maxRetries = value >= 0 ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "MaxRetries cannot be negative.");
                }

                /// <summary>
                /// How long one attempt may take: until the whole body has arrived, or for a stream until its headers
                /// have. The default is 100 seconds; <see cref="global::System.Threading.Timeout.InfiniteTimeSpan"/> disables it.
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

                /// <summary>The longest wait between retries that the backoff grows to (default 8 seconds). A server's Retry-After of up to a minute is honoured as sent.</summary>
                public global::System.TimeSpan MaxRetryDelay
                {
                    get => _maxRetryDelay;
                    set => _maxRetryDelay = value >= global::System.TimeSpan.Zero ? value : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "MaxRetryDelay cannot be negative.");
                }

                /// <summary>The User-Agent header of every request; null or empty sends none. <see cref="DefaultHeaders"/> can override it.</summary>
                public string? UserAgent { get; set; } = DefaultUserAgent;

                /// <summary>Headers added to every request (header names compare case-insensitively).</summary>
                public global::System.Collections.Generic.IDictionary<string, string> DefaultHeaders { get; } =
                    new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

                /// <summary>Describes the options, saying which credentials are set but never what they are.</summary>
                public override string ToString()
                    => "BaseAddress = " + (BaseAddress?.ToString() ?? "(not set)") + DescribeCredentials()
                        + ", Timeout = " + Timeout + ", MaxRetries = " + MaxRetries;
            }
            """);
        return FileHeader.Finish(writer);
    }
}

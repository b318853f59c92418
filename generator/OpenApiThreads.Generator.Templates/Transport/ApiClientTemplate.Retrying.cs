// Template: the generator copies the Retrying region into every client's Transport file: which failures are retried,
// and how long to wait.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Retrying
        /// <summary>
        /// Retries an answer that says the request can succeed later. 429, and 503 with a retry hint, say the server did
        /// not act on the request, so any method may repeat it. 408 and other 5xx leave that unknown: only a method that
        /// is safe to repeat (GET, HEAD, OPTIONS, PUT, DELETE) or a request with an Idempotency-Key is sent again.
        /// 501 and 505 cannot succeed later.
        /// </summary>
        private static bool ShouldRetry(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpResponseMessage response)
        {
            int status = (int)response.StatusCode;
            if (status == 429 || (status == 503 && HasRetryHint(response)))
            {
                return true;
            }

            return (status == 408 || (status >= 500 && status != 501 && status != 505)) && IsSafeToRepeat(request);
        }

        /// <summary>
        /// Retries a failure with no answer only when it is transient. A connection never made is safe for any method;
        /// a dropped connection or a timeout may have left the request processed, so only a safe-to-repeat request is
        /// sent again. Protocol violations, size limits and TLS failures would fail the same way again.
        /// </summary>
        private static bool ShouldRetry(global::System.Net.Http.HttpRequestMessage request, global::System.Exception failure) => failure switch
        {
            global::System.Net.Http.HttpRequestException { HttpRequestError: global::System.Net.Http.HttpRequestError.ConnectionError or global::System.Net.Http.HttpRequestError.NameResolutionError } => true,
            global::System.Net.Http.HttpRequestException { HttpRequestError: global::System.Net.Http.HttpRequestError.ResponseEnded or global::System.Net.Http.HttpRequestError.Unknown } => IsSafeToRepeat(request),
            global::System.TimeoutException => IsSafeToRepeat(request),
            _ => false,
        };

        private static bool IsSafeToRepeat(global::System.Net.Http.HttpRequestMessage request)
        {
            global::System.Net.Http.HttpMethod method = request.Method;
            return method == global::System.Net.Http.HttpMethod.Get || method == global::System.Net.Http.HttpMethod.Head || method == global::System.Net.Http.HttpMethod.Options
                || method == global::System.Net.Http.HttpMethod.Put || method == global::System.Net.Http.HttpMethod.Delete
                || request.Headers.Contains("Idempotency-Key");
        }

        private static bool HasRetryHint(global::System.Net.Http.HttpResponseMessage response)
            => response.Headers.Contains("retry-after-ms") || response.Headers.Contains("Retry-After");

        /// <summary>
        /// The wait the server asked for (<c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as a date), at
        /// most <c>MaxRetryDelay</c>. A value that does not parse, is NaN, zero, negative or in the past is no hint.
        /// </summary>
        private global::System.TimeSpan? RetryAfter(global::System.Net.Http.HttpResponseMessage response)
        {
            double milliseconds = double.NaN;
            if (response.Headers.TryGetValues("retry-after-ms", out global::System.Collections.Generic.IEnumerable<string>? values)
                && double.TryParse(global::System.Linq.Enumerable.FirstOrDefault(values), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double parsed))
            {
                milliseconds = parsed;
            }
            else if (response.Headers.RetryAfter is { } retryAfter)
            {
                milliseconds = retryAfter.Delta?.TotalMilliseconds ?? (retryAfter.Date - global::System.DateTimeOffset.UtcNow)?.TotalMilliseconds ?? double.NaN;
            }

            // NaN fails the comparison; +Infinity and 1e300 clamp to the cap rather than overflow TimeSpan.
            return milliseconds > 0
                ? global::System.TimeSpan.FromMilliseconds(global::System.Math.Min(milliseconds, _options.MaxRetryDelay.TotalMilliseconds))
                : null;
        }

        /// <summary>
        /// Exponential backoff from the options' initial delay up to their cap, less up to a quarter of jitter. The
        /// jitter comes from RandomNumberGenerator, not System.Random (CA5394): it only spreads retries, but the
        /// analyzer cannot tell, and the cost is nothing next to a retry.
        /// </summary>
        private global::System.TimeSpan Backoff(int attempt)
        {
            double seconds = global::System.Math.Min(_options.MaxRetryDelay.TotalSeconds, _options.InitialRetryDelay.TotalSeconds * global::System.Math.Pow(2, attempt));
            double jitter = global::System.Security.Cryptography.RandomNumberGenerator.GetInt32(1024) / 4096.0;
            return global::System.TimeSpan.FromSeconds(seconds * (1 - jitter));
        }
        #endregion
    }
}

// Template: the generator copies the Sending region into every client's Transport file.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Sending
        /// <summary>
        /// Sends the request, retrying 408, 409, 429, 5xx, connection failures and timed-out attempts with
        /// exponential backoff and jitter, or after the delay the server asks for (<c>retry-after-ms</c>,
        /// <c>Retry-After</c>). A non-streaming body is read within the attempt, so the timeout covers it too.
        /// </summary>
        private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, string operationId, bool streaming, global::System.Threading.CancellationToken cancellationToken)
        {
            global::System.Net.Http.HttpCompletionOption completion = streaming ? global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead : global::System.Net.Http.HttpCompletionOption.ResponseContentRead;
            global::System.TimeSpan timeout = _options.Timeout;
            int retries = _options.MaxRetries;
            for (int attempt = 0; ; attempt++)
            {
                global::System.Net.Http.HttpResponseMessage? response = null;
                global::System.Threading.CancellationTokenSource? timer = null;
                try
                {
                    global::System.Threading.CancellationToken token = cancellationToken;

                    // HttpClient.Timeout already bounds each send; a timer of our own is only needed when ours is shorter.
                    if (timeout != global::System.Threading.Timeout.InfiniteTimeSpan && (_httpClient.Timeout == global::System.Threading.Timeout.InfiniteTimeSpan || timeout < _httpClient.Timeout))
                    {
                        timer = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        timer.CancelAfter(timeout);
                        token = timer.Token;
                    }

                    response = await _httpClient.SendAsync(request, completion, token).ConfigureAwait(false);
                }
                catch (global::System.OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // The attempt ran out of time (this client's timeout or HttpClient.Timeout), not the caller's patience.
                    if (attempt >= retries)
                    {
                        throw new global::System.TimeoutException(
                            operationId + " got no response within " + (timer is null ? _httpClient.Timeout.ToString() + " (the HttpClient's timeout)" : timeout.ToString()) + (attempt > 0 ? " on any of " + (attempt + 1) + " attempts." : "."),
                            exception);
                    }
                }
                catch (global::System.OperationCanceledException exception) when (exception.CancellationToken != cancellationToken)
                {
                    // The caller cancelled, but the exception carries the linked timeout token: give the caller theirs.
                    throw new global::System.OperationCanceledException(exception.Message, exception, cancellationToken);
                }
                catch (global::System.Net.Http.HttpRequestException) when (attempt < retries && !cancellationToken.IsCancellationRequested)
                {
                    // A connection that failed or dropped: worth another attempt.
                }
                finally
                {
                    timer?.Dispose();
                }

                global::System.TimeSpan? serverDelay = null;
                if (response is not null)
                {
                    if (attempt >= retries || !IsRetryable((int)response.StatusCode))
                    {
                        return response;
                    }

                    serverDelay = RetryAfter(response);
                    response.Dispose();
                }

                await global::System.Threading.Tasks.Task.Delay(serverDelay ?? Backoff(attempt), cancellationToken).ConfigureAwait(false);
                request = Resend(request);
            }
        }

        private static bool IsRetryable(int status) => status is 408 or 409 or 429 || status >= 500;

        /// <summary>The wait the server asked for, when it is a sane one (more than zero, at most a minute).</summary>
        private static global::System.TimeSpan? RetryAfter(global::System.Net.Http.HttpResponseMessage response)
        {
            global::System.TimeSpan? delay = null;
            if (response.Headers.TryGetValues("retry-after-ms", out global::System.Collections.Generic.IEnumerable<string>? values)
                && double.TryParse(global::System.Linq.Enumerable.FirstOrDefault(values), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out double milliseconds))
            {
                delay = global::System.TimeSpan.FromMilliseconds(milliseconds);
            }
            else if (response.Headers.RetryAfter is { } retryAfter)
            {
                delay = retryAfter.Delta ?? (retryAfter.Date - global::System.DateTimeOffset.UtcNow);
            }

            return delay > global::System.TimeSpan.Zero && delay <= global::System.TimeSpan.FromMinutes(1) ? delay : null;
        }

        /// <summary>Exponential backoff from the options' initial delay up to their cap, less up to a quarter of jitter.</summary>
        private global::System.TimeSpan Backoff(int attempt)
        {
            double seconds = global::System.Math.Min(_options.MaxRetryDelay.TotalSeconds, _options.InitialRetryDelay.TotalSeconds * global::System.Math.Pow(2, attempt));
            return global::System.TimeSpan.FromSeconds(seconds * (1 - (0.25 * global::System.Random.Shared.NextDouble())));
        }

        /// <summary>A request message can be sent once; a retry sends a copy with the same headers and the same body bytes.</summary>
        private static global::System.Net.Http.HttpRequestMessage Resend(global::System.Net.Http.HttpRequestMessage sent)
        {
            var copy = new global::System.Net.Http.HttpRequestMessage(sent.Method, sent.RequestUri)
            {
                Content = sent.Content,
                Version = sent.Version,
                VersionPolicy = sent.VersionPolicy,
            };
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IEnumerable<string>> header in sent.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return copy;
        }
        #endregion
    }
}

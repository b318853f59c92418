// Template: the generator copies the Sending region into every client's Transport file.
namespace OpenApiThreads.Templates
{
    internal partial class ApiClientTemplate
    {
        #region Sending
        /// <summary>
        /// Sends the request and, unless it is a stream that succeeded, reads the whole body within the attempt's
        /// timeout, so a stalled body is a timeout like a stalled header. Retries what is safe to retry (see
        /// <see cref="ShouldRetry(global::System.Net.Http.HttpRequestMessage, global::System.Net.Http.HttpResponseMessage)"/>),
        /// and follows a 307/308 only to the same origin, where the credentials were meant to go.
        /// </summary>
        private async global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> SendAsync(global::System.Net.Http.HttpRequestMessage request, string operationId, bool streaming, global::System.Threading.CancellationToken cancellationToken)
        {
            global::System.TimeSpan timeout = AttemptTimeout();
            int retries = _options.MaxRetries;
            int redirects = 0;
            for (int attempt = 0; ; attempt++)
            {
                global::System.Net.Http.HttpResponseMessage? response = null;
                global::System.Exception? failure = null;
                using (global::System.Threading.CancellationTokenSource? timer = timeout == global::System.Threading.Timeout.InfiniteTimeSpan ? null : global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    timer?.CancelAfter(timeout);
                    global::System.Threading.CancellationToken token = timer?.Token ?? cancellationToken;
                    try
                    {
                        // Headers only: HttpClient's own buffering would neither stop at our size limit nor tell a
                        // stalled body from a slow one. BufferAsync reads the body under the same token.
                        response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                        if (!streaming || !response.IsSuccessStatusCode)
                        {
                            await BufferAsync(response, operationId, token).ConfigureAwait(false);
                        }
                    }
                    catch (global::System.OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        // The attempt ran out of time (this client's timeout or HttpClient.Timeout), not the caller's patience.
                        response?.Dispose();
                        response = null;
                        failure = new global::System.TimeoutException(
                            operationId + " got no response within " + timeout.ToString() + (timeout == _options.Timeout ? string.Empty : " (the HttpClient's timeout)") + (attempt > 0 ? " on any of " + (attempt + 1) + " attempts." : "."),
                            exception);
                    }
                    catch (global::System.OperationCanceledException exception) when (exception.CancellationToken != cancellationToken)
                    {
                        // The caller cancelled, but the exception carries the linked timeout token: give the caller theirs.
                        response?.Dispose();
                        throw new global::System.OperationCanceledException(exception.Message, exception, cancellationToken);
                    }
                    catch (global::System.Net.Http.HttpRequestException exception)
                    {
                        response?.Dispose();
                        response = null;
                        failure = exception;
                    }
                    catch
                    {
                        response?.Dispose();
                        throw;
                    }
                }

                global::System.TimeSpan delay;
                if (response is not null)
                {
                    if (SameOriginRedirect(request, response) is { } location && redirects < MaxRedirects)
                    {
                        // Not an attempt: the server said where the resource is, on the origin the credentials are for.
                        redirects++;
                        attempt--;
                        response.Dispose();
                        request = Resend(request, location);
                        continue;
                    }

                    ResponseCapture.Record(response);
                    if (attempt >= retries || !ShouldRetry(request, response))
                    {
                        return response;
                    }

                    delay = RetryAfter(response) ?? Backoff(attempt);
                    response.Dispose();
                }
                else
                {
                    if (attempt >= retries || !ShouldRetry(request, failure!))
                    {
                        global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure!);
                    }

                    delay = Backoff(attempt);
                }

                await global::System.Threading.Tasks.Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                request = Resend(request, request.RequestUri!);
            }
        }

        /// <summary>Same-origin 307/308 hops followed for one call; more is a loop.</summary>
        private const int MaxRedirects = 5;

        /// <summary>
        /// The shorter of this client's timeout and the HttpClient's: with headers-only sends, HttpClient.Timeout no
        /// longer covers the body, so the body read needs the deadline the caller configured on either.
        /// </summary>
        private global::System.TimeSpan AttemptTimeout()
        {
            global::System.TimeSpan ours = _options.Timeout;
            global::System.TimeSpan theirs = _httpClient.Timeout;
            if (ours == global::System.Threading.Timeout.InfiniteTimeSpan)
            {
                return theirs;
            }

            return theirs == global::System.Threading.Timeout.InfiniteTimeSpan || ours < theirs ? ours : theirs;
        }

        /// <summary>The redirect target when it is a 307/308 to the request's own scheme, host and port; otherwise null.</summary>
        private static global::System.Uri? SameOriginRedirect(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpResponseMessage response)
        {
            if (response.StatusCode is not (global::System.Net.HttpStatusCode.TemporaryRedirect or global::System.Net.HttpStatusCode.PermanentRedirect)
                || response.Headers.Location is not { } location
                || request.RequestUri is not { } from)
            {
                return null;
            }

            global::System.Uri target = location.IsAbsoluteUri ? location : new global::System.Uri(from, location);
            return global::System.Uri.Compare(target, from, global::System.UriComponents.SchemeAndServer, global::System.UriFormat.Unescaped, global::System.StringComparison.OrdinalIgnoreCase) == 0
                ? target
                : null;
        }

        /// <summary>A request message can be sent once; a retry sends a copy with the same headers and the same body bytes.</summary>
        private static global::System.Net.Http.HttpRequestMessage Resend(global::System.Net.Http.HttpRequestMessage sent, global::System.Uri uri)
        {
            var copy = new global::System.Net.Http.HttpRequestMessage(sent.Method, uri)
            {
                Content = sent.Content,
                Version = sent.Version,
                VersionPolicy = sent.VersionPolicy,
            };
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Net.Http.Headers.HeaderStringValues> header in sent.Headers.NonValidated)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return copy;
        }
        #endregion
    }
}

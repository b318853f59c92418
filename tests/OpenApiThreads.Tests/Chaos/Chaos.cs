using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Chaos;

/// <summary>
/// What every chaos scenario shares: a client with short timeouts, a hard deadline that fails a hanging test
/// instead of hanging the run, and the secrets that must never leave the client except to the server they are for.
/// </summary>
internal static class Chaos
{
    public const string ApiKey = "sk-chaos-4f1e9a";

    /// <summary>A credential in a custom header: .NET strips Authorization on a cross-origin redirect, but not this.</summary>
    public const string CustomSecret = "custom-chaos-77b2";

    /// <summary>Longer than any scenario should take (timeouts of a second, a few retries), short enough to fail fast.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public const string Thread = """{"id":"thread_abc","object":"thread","created_at":1699012949,"metadata":{}}""";

    public const string Error = """{"error":{"message":"chaos","type":"server_error","param":null,"code":null}}""";

    /// <summary>
    /// A client as an application would make it: the shared handler (no HttpClient passed), short timeouts, quick
    /// retries, credentials in the Authorization header and in a custom header.
    /// </summary>
    public static ThreadsClient Client(ChaosServer server, Action<ThreadsClientOptions>? configure = null)
    {
        var options = new ThreadsClientOptions
        {
            BaseAddress = server.BaseAddress,
            ApiKey = ApiKey,
            Timeout = TimeSpan.FromSeconds(1),
            StreamIdleTimeout = TimeSpan.FromSeconds(1),
            MaxRetries = 2,
            InitialRetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(200),
        };
        options.DefaultHeaders["X-Chaos-Auth"] = CustomSecret;
        configure?.Invoke(options);
        return new ThreadsClient(options);
    }

    /// <summary>Runs the call under the hard deadline and returns what it threw (failing if it threw nothing).</summary>
    public static async Task<Exception> FailureOf(Func<Task> call)
    {
        Task task = call();
        if (await Task.WhenAny(task, Task.Delay(Deadline, TestContext.Current.CancellationToken)) != task)
        {
            Assert.Fail("The call was still waiting after " + Deadline.TotalSeconds + " s: it hangs.");
        }

        try
        {
            await task;
        }
        catch (Exception exception)
        {
            AssertNoSecretIn(exception);
            return exception;
        }

        Assert.Fail("The call succeeded; a failure was expected.");
        throw new UnreachableException();
    }

    /// <summary>Runs the call under the hard deadline and expects it to succeed.</summary>
    public static async Task<T> ResultOf<T>(Func<Task<T>> call)
    {
        Task<T> task = call();
        if (await Task.WhenAny(task, Task.Delay(Deadline, TestContext.Current.CancellationToken)) != task)
        {
            Assert.Fail("The call was still waiting after " + Deadline.TotalSeconds + " s: it hangs.");
        }

        return await task;
    }

    /// <summary>Neither secret in a message, a stack or an inner exception (ToString covers them all).</summary>
    public static void AssertNoSecretIn(Exception exception)
    {
        string text = exception.ToString();
        Assert.DoesNotContain(ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CustomSecret, text, StringComparison.Ordinal);
        if (exception is ThreadsApiException api)
        {
            Assert.DoesNotContain(ApiKey, api.ResponseBody ?? string.Empty, StringComparison.Ordinal);
        }
    }

    /// <summary>Neither secret reached this server (the other origin of a redirect).</summary>
    public static void AssertNoSecretReached(ChaosServer server)
    {
        foreach (string request in server.Received)
        {
            Assert.DoesNotContain(ApiKey, request, StringComparison.Ordinal);
            Assert.DoesNotContain(CustomSecret, request, StringComparison.Ordinal);
        }
    }

    /// <summary>A connection-level failure is an HttpRequestException of the given kind, not a raw IOException.</summary>
    public static void AssertConnectionFailure(Exception exception, params HttpRequestError[] kinds)
    {
        var failure = Assert.IsType<HttpRequestException>(exception);
        Assert.Contains(failure.HttpRequestError, kinds);
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Tests.Conformance;

/// <summary>
/// Prism (<c>@stoplight/prism-cli</c>) serving spec/threads.yaml on 127.0.0.1 with request validation: a server
/// nobody here wrote, that answers with the spec's examples and refuses requests that break the spec with 422.
/// The first use installs it with <c>npm ci</c> from tests/prism (pinned by its lock file).
/// </summary>
public class PrismServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The document Prism serves, relative to the repository root.</summary>
    protected virtual string SpecPath => Path.Combine("spec", "threads.yaml");

    /// <summary>More of Prism's options, such as <c>--errors</c>.</summary>
    protected virtual string[] ExtraArguments => [];

    public ThreadsClient CreateClient()
        => new(new ThreadsClientOptions { BaseAddress = BaseAddress, ApiKey = "sk-prism", MaxRetries = 0 });

    private static readonly System.Threading.SemaphoreSlim s_install = new(1, 1);

    public virtual async ValueTask InitializeAsync()
    {
        string root = RepositoryRoot();
        string prismFolder = Path.Combine(root, "tests", "prism");
        string prism = Path.Combine(prismFolder, "node_modules", ".bin", "prism");
        // Fixtures start in parallel; two `npm ci` in one folder delete each other's files (a truncated module then
        // fails Prism with a SyntaxError), so the install happens once, behind a lock, and the rest wait for it.
        await s_install.WaitAsync();
        try
        {
            if (!File.Exists(prism))
            {
                await RunAsync("npm", "ci --no-audit --no-fund", prismFolder);
            }
        }
        finally
        {
            s_install.Release();
        }

        int port = FreePort();
        string[] arguments = ["mock", Path.Combine(root, SpecPath), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1", .. ExtraArguments];
        var start = new ProcessStartInfo(prism, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = prismFolder,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        BaseAddress = new Uri("http://127.0.0.1:" + port + "/");
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains("Prism is listening", StringComparison.Ordinal))
        {
            if (_process.HasExited || deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException("Prism did not start listening on port " + port + ". Its output:\n" + Output);
            }

            await Task.Delay(100);
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("The conformance tests need Node.js and npm on PATH to install Prism (tests/prism).", exception);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(file + " " + arguments + " failed in " + folder + ":\n" + await output + await error);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenApiThreads.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OpenApiThreads.sln was not found above " + AppContext.BaseDirectory + ".");
    }
}

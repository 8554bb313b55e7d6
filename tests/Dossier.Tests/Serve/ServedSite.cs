using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Serve;

/// <summary>
/// The real <c>dossier serve --port 0</c>, run as a process on a copy of the bundled dossier. Disposing it kills
/// the process (and anything it started) and deletes the copy, so a failing test leaves nothing running.
/// </summary>
public sealed partial class ServedSite : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<Uri> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public FixtureSite Site { get; } = FixtureSite.Bundled();

    /// <summary>The address the server printed: <c>http://127.0.0.1:PORT/dossier/</c> (the path of the bundled dossier's base_url).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Origin => new(Url.GetLeftPart(UriPartial.Authority) + "/");

    public int Port => Url.Port;

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Everything the process printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ServedSite> StartAsync()
    {
        var served = new ServedSite();
        try
        {
            await served.InitializeAsync();
            return served;
        }
        catch
        {
            await served.DisposeAsync();
            throw;
        }
    }

    public async ValueTask InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll"), "serve", "--source", Site.Root, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GITHUB_ACTIONS"] = "";
        start.Environment["NO_COLOR"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(_url.Task, exited);
        if (first != _url.Task)
        {
            throw new InvalidOperationException($"dossier serve did not print its address (exited: {_process.HasExited}):\n{Log}");
        }

        Url = await _url.Task;
    }

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(Origin, path));

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await process.WaitForExitAsync(timeout.Token);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
            {
                // Already gone, or too slow to go: nothing more a test can do.
            }

            process.Dispose();
        }

        Client.Dispose();
        Site.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (ServingLine().Match(line) is { Success: true } match)
        {
            _url.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"^Serving (http://\S+)")]
    private static partial Regex ServingLine();
}

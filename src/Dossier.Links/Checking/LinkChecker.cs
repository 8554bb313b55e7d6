using System.Collections.Concurrent;
using System.Net;
using Dossier.Links.Archive;
using Dossier.Links.Network;

namespace Dossier.Links.Checking;

/// <summary>
/// Checks distinct URLs politely and fast: each host gets its own workers (at most the per-host limit),
/// all hosts run in parallel under the global concurrency limit, and a host's slot is taken per hop,
/// so redirects into another host respect that host's limit too.
/// </summary>
public sealed class LinkChecker : IDisposable
{
    private readonly LinkCheckerOptions _options;
    private readonly HttpClient _client;
    private readonly LinkProbe _probe;
    private readonly WaybackLookup? _wayback;

    /// <param name="options">Limits, timeouts and the allow-list.</param>
    /// <param name="clock">Stamps results with the time they were checked.</param>
    /// <param name="onConnecting">Called just before each TCP connection is opened (for instrumentation and tests).</param>
    /// <param name="resolver">Resolves host names; the system resolver by default.</param>
    public LinkChecker(LinkCheckerOptions options, TimeProvider clock, Action<IPEndPoint>? onConnecting = null, HostResolver? resolver = null)
    {
        _options = options;
        var rule = new AddressRule(new HostAllowList(options.AllowHosts));
        _client = CheckerHttpClient.Create(options, new GuardedConnector(rule, onConnecting, resolver));
        var sender = new RetryingSender(_client, RetryPipeline.Create(options));
        var gates = new HostGates(Math.Max(1, options.PerHost));
        _probe = new LinkProbe(new HopSender(sender, gates, options), rule, options, clock);
        // Archive lookups go through the same guarded client, retries and host limits as the checks.
        _wayback = options.WaybackEndpoint is { } endpoint ? new WaybackLookup(sender, gates, endpoint) : null;
    }

    /// <summary>
    /// The Wayback Machine copy of <paramref name="url"/> closest to <paramref name="near"/> (or the latest), or why none
    /// was found; null when lookups are off.
    /// </summary>
    public async Task<ArchiveAnswer?> LookUpArchivedCopyAsync(string url, DateOnly? near = null, CancellationToken cancellationToken = default) =>
        _wayback is null ? null : await _wayback.FindAsync(url, near, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Checks each distinct URL once (the quotes of repeated URLs are merged); results come back in the
    /// order each URL first appears in <paramref name="urls"/>.
    /// </summary>
    public async Task<IReadOnlyList<LinkResult>> CheckAsync(
        IReadOnlyList<UrlToCheck> urls, IProgress<LinkResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var distinct = urls
            .GroupBy(u => u.Url, StringComparer.Ordinal)
            .Select(g => new UrlToCheck(g.Key, g.SelectMany(u => u.Quotes).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var results = new ConcurrentDictionary<string, LinkResult>(StringComparer.Ordinal);
        using var global = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
        var workers = new List<Task>();
        foreach (var group in distinct.GroupBy(HostOf, StringComparer.OrdinalIgnoreCase))
        {
            var queue = new ConcurrentQueue<UrlToCheck>(group);
            var count = Math.Min(Math.Max(1, _options.PerHost), queue.Count);
            for (var i = 0; i < count; i++)
            {
                workers.Add(Task.Run(() => WorkAsync(queue, global, results, progress, cancellationToken), cancellationToken));
            }
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        return distinct.Select(u => results[u.Url]).ToList();
    }

    private async Task WorkAsync(ConcurrentQueue<UrlToCheck> queue, SemaphoreSlim global,
        ConcurrentDictionary<string, LinkResult> results, IProgress<LinkResult>? progress, CancellationToken cancellationToken)
    {
        while (queue.TryDequeue(out var url))
        {
            await global.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await _probe.CheckAsync(url, cancellationToken).ConfigureAwait(false);
                results[url.Url] = result;
                progress?.Report(result);
            }
            finally
            {
                global.Release();
            }
        }
    }

    private static string HostOf(UrlToCheck url) =>
        Uri.TryCreate(url.Url, UriKind.Absolute, out var uri) ? HostGates.KeyOf(uri) : "";

    public void Dispose() => _client.Dispose();
}

using Dossier.Links.Checking;

namespace Dossier.Cli.Output;

/// <summary>
/// What a <c>dossier links</c> run has finished so far: every result (so an interrupted run can save them), counts
/// per verdict, and the hosts that still have URLs waiting — the ones being checked. Reported on the checker's threads.
/// </summary>
public sealed class LinkProgress(IReadOnlyList<UrlToCheck> plan) : IProgress<LinkResult>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkResult> _finished = new(StringComparer.Ordinal);
    private readonly Dictionary<Verdict, int> _verdicts = [];
    private readonly Dictionary<string, int> _waitingByHost = plan
        .GroupBy(u => HostOf(u.Url), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    public int Total { get; } = plan.Count;

    public int Done
    {
        get
        {
            lock (_lock)
            {
                return _finished.Count;
            }
        }
    }

    public void Report(LinkResult value)
    {
        lock (_lock)
        {
            if (!_finished.TryAdd(value.Url, value))
            {
                return;
            }

            _verdicts[value.Verdict] = _verdicts.GetValueOrDefault(value.Verdict) + 1;
            var host = HostOf(value.Url);
            if (_waitingByHost.TryGetValue(host, out var waiting))
            {
                _waitingByHost[host] = waiting - 1;
            }
        }
    }

    /// <summary>Every result reported so far.</summary>
    public IReadOnlyList<LinkResult> Finished()
    {
        lock (_lock)
        {
            return _finished.Values.ToList();
        }
    }

    /// <summary><c>26 ok, 3 broken</c>, in the order of <see cref="Verdict"/>.</summary>
    public string VerdictCounts()
    {
        lock (_lock)
        {
            return string.Join(", ", Enum.GetValues<Verdict>().Where(_verdicts.ContainsKey).Select(v => $"{_verdicts[v]} {v.Name()}"));
        }
    }

    /// <summary>The hosts with URLs still to check, most waiting first.</summary>
    public IReadOnlyList<string> BusyHosts()
    {
        lock (_lock)
        {
            return _waitingByHost.Where(h => h.Value > 0).OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal)
                .Select(h => h.Key).ToList();
        }
    }

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : "";
}

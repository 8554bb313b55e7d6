using System.Collections.Concurrent;

namespace Dossier.Links.Tests.Server;

/// <summary>What the scripted server saw: requests per method, host and path, and the most requests in flight per host.</summary>
public sealed class ServerLog
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _peak = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<SeenRequest> _seen = new();

    /// <summary>Every request as it came over the wire, in arrival order.</summary>
    public IReadOnlyList<SeenRequest> Seen => _seen.ToArray();

    public void Record(SeenRequest request) => _seen.Enqueue(request);

    /// <summary>The requests whose request-target starts with a prefix, e.g. a test's own path.</summary>
    public IReadOnlyList<SeenRequest> SeenUnder(string prefix) =>
        _seen.Where(r => r.Target.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public void Record(string method, string host, string path) =>
        _requests.AddOrUpdate($"{method} {host}{path}", 1, (_, n) => n + 1);

    /// <summary>Requests for a path (any method, any host).</summary>
    public int Count(string path) =>
        _requests.Where(p => p.Key[(p.Key.IndexOf('/', StringComparison.Ordinal))..] == path).Sum(p => p.Value);

    public int Count(string method, string path) =>
        _requests.Where(p => p.Key.StartsWith(method + " ", StringComparison.Ordinal)
            && p.Key[(p.Key.IndexOf('/', StringComparison.Ordinal))..] == path).Sum(p => p.Value);

    /// <summary>Requests whose path starts with a prefix, e.g. a test's own id.</summary>
    public int CountUnder(string prefix) =>
        _requests.Where(p => p.Key[(p.Key.IndexOf('/', StringComparison.Ordinal))..].StartsWith(prefix, StringComparison.Ordinal)).Sum(p => p.Value);

    public int Enter(string group)
    {
        var now = _inFlight.AddOrUpdate(group, 1, (_, n) => n + 1);
        _peak.AddOrUpdate(group, now, (_, peak) => Math.Max(peak, now));
        return now;
    }

    public void Leave(string group) => _inFlight.AddOrUpdate(group, 0, (_, n) => n - 1);

    public int Peak(string group) => _peak.TryGetValue(group, out var peak) ? peak : 0;
}

using Dossier.Diagnostics;

namespace Dossier.Build.Incremental;

/// <summary>
/// What one stage made for each key (a document id, a part of the site) in the last build, with the fingerprint of the
/// inputs it was made from and what the stage reported making it. A build asks again for each key with its inputs now:
/// the same inputs give the kept value and report its diagnostics again; other inputs, or none known, make it anew.
/// Keys a build does not ask for are forgotten when it finishes. Safe to ask from several threads at once.
/// </summary>
/// <remarks>
/// Asked thousands of times on every rebuild of <c>dossier serve</c>, so a hit allocates nothing: one dictionary a
/// build behind a lock (no node per entry), and the work passed with its state (no closure per call).
/// </remarks>
public sealed class KeyedCache<TValue>
{
    private readonly Lock _gate = new();
    private Dictionary<string, Entry> _last = new(StringComparer.Ordinal);
    private Dictionary<string, Entry> _now = new(StringComparer.Ordinal);

    /// <param name="inputs">The fingerprint of everything the value is made from; null when unknown (never reused).</param>
    /// <param name="make">The stage's work for this key, given <paramref name="state"/>, reporting into the sink it is given.</param>
    public TValue GetOrMake<TState>(string key, Fingerprint? inputs, TState state, Func<TState, IDiagnosticSink, TValue> make, IDiagnosticSink sink)
    {
        if (inputs is { } now && _last.TryGetValue(key, out var earlier) && earlier.Inputs == now)
        {
            lock (_gate)
            {
                _now[key] = earlier;
            }

            Replay(earlier.Reported, sink);
            return earlier.Value;
        }

        var found = new DiagnosticBag();
        var value = make(state, found);
        var entry = new Entry(inputs, value, found.Sorted());
        if (inputs is not null)
        {
            lock (_gate)
            {
                _now[key] = entry;
            }
        }

        Replay(entry.Reported, sink);
        return value;
    }

    /// <summary>Ends a build: what it asked for is what the next one may reuse.</summary>
    public void Finish()
    {
        _last = _now;
        _now = new Dictionary<string, Entry>(_last.Count, StringComparer.Ordinal);
    }

    private static void Replay(IReadOnlyList<Diagnostic> reported, IDiagnosticSink sink)
    {
        for (var i = 0; i < reported.Count; i++)
        {
            sink.Report(reported[i]);
        }
    }

    private sealed record Entry(Fingerprint? Inputs, TValue Value, IReadOnlyList<Diagnostic> Reported);
}

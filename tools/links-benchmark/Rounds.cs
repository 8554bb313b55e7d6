using System.Diagnostics;

namespace Dossier.Links.Benchmark;

/// <summary>
/// When each answer came back, so a run can tell its first round (connections opened, code compiled on first
/// use) from the later rounds of <c>hosts × per-host</c> answers, which only the hosts' latency should pace.
/// </summary>
public sealed class Rounds(long began, int size)
{
    private readonly List<long> _done = [];

    public void Completed()
    {
        var now = Stopwatch.GetTimestamp();
        lock (_done)
        {
            _done.Add(now);
        }
    }

    /// <summary>"first round F ms, then R ms a round", or nothing when there were fewer than two rounds.</summary>
    public override string ToString()
    {
        lock (_done)
        {
            if (_done.Count < 2 * size)
            {
                return "";
            }

            _done.Sort();
            var first = Stopwatch.GetElapsedTime(began, _done[size - 1]).TotalMilliseconds;
            var later = (_done.Count - size) / (double)size;
            var each = Stopwatch.GetElapsedTime(_done[size - 1], _done[^1]).TotalMilliseconds / later;
            return $"; first round {first:0} ms, then {each:0.0} ms a round";
        }
    }
}

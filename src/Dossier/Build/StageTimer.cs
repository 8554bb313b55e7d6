using System.Diagnostics;

namespace Dossier.Build;

/// <summary>Wall time of each pipeline stage, for <c>dossier build --timings</c>: laps of one stopwatch, in order.</summary>
public sealed class StageTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTiming> _laps = [];
    private TimeSpan _last;

    public IReadOnlyList<StageTiming> Laps => _laps;

    /// <summary>Records the time since the previous lap as the stage <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        _laps.Add(new StageTiming(stage, now - _last));
        _last = now;
    }
}

using System.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// Wall time, allocations and GC pauses of each pipeline stage, for <c>--timings</c>: laps of one stopwatch, in order;
/// each lap is told to whoever shows the build's progress.
/// </summary>
public sealed class StageTimer(Action<string>? onLap = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTiming> _laps = [];
    private TimeSpan _last;
    private long _allocated = GC.GetTotalAllocatedBytes(precise: false);
    private TimeSpan _paused = GC.GetTotalPauseDuration();

    public IReadOnlyList<StageTiming> Laps => _laps;

    /// <summary>Records what happened since the previous lap as the stage <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        _laps.Add(new StageTiming(stage, now - _last) { AllocatedBytes = allocated - _allocated, GcPause = paused - _paused });
        (_last, _allocated, _paused) = (now, allocated, paused);
        onLap?.Invoke(stage);
    }
}

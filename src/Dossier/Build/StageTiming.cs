namespace Dossier.Build;

/// <summary>
/// How long one stage of a build took, what it allocated (all threads) and how long the garbage collector paused the
/// process meanwhile: on a rebuild, collections of the large kept heap cost as much as some stages.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    public long AllocatedBytes { get; init; }

    public TimeSpan GcPause { get; init; }
}

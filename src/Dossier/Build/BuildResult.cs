using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>What a build did: its diagnostics, how many pages it rendered and whether it wrote the site.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, bool Written)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Wall time of each stage, in pipeline order.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Pages composed and rendered by this build; the rest were kept from the previous build's memory.</summary>
    public int PagesMade { get; init; }
}

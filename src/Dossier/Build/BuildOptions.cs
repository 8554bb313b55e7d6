using Dossier.CitationStyles;

namespace Dossier.Build;

/// <summary>What to build and how. The clock is injected so validation of dates is testable and repeatable.</summary>
public sealed record BuildOptions(string SourceDirectory, string OutputDirectory)
{
    public bool IncludeDrafts { get; init; }

    /// <summary>When false, everything runs but nothing is written (<c>dossier check</c>).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Replace a non-empty output folder that was not written by Dossier.</summary>
    public bool Force { get; init; }

    /// <summary>The last link check of each cited URL (from <c>dossier links</c>' cache), shown to readers.</summary>
    public IReadOnlyDictionary<string, Health.LinkHealth> LinkHealth { get; init; } = new Dictionary<string, Health.LinkHealth>();

    /// <summary>Content files larger than this are refused unread.</summary>
    public long MaxFileBytes { get; init; } = Reading.ContentReader.DefaultMaxFileBytes;

    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public ICitationStyle Style { get; init; } = new ChicagoStyle();

    /// <summary>Told the name of each stage as it finishes (a progress display); called on the building thread.</summary>
    public Action<string>? OnStage { get; init; }

    /// <summary>The collections every dossier has before those its <c>dossier.yml</c> declares.</summary>
    public Collections.CollectionSet Collections { get; init; } = Dossier.Collections.CollectionSet.BuiltIn;
}

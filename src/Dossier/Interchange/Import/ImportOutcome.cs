namespace Dossier.Interchange.Import;

/// <summary>What became of one entry of the imported file.</summary>
public abstract record ImportOutcome(string Key, int Line)
{
    /// <summary>A new citation file (written, or shown with <c>--dry-run</c>), with what the reader should check.</summary>
    public sealed record Written(string Key, int Line, string RelativePath, string Text, IReadOnlyList<string> Notes) : ImportOutcome(Key, Line);

    /// <summary>The dossier already has this source: same DOI, URL or key.</summary>
    public sealed record AlreadyThere(string Key, int Line, string RelativePath, string Because) : ImportOutcome(Key, Line);

    /// <summary>Not imported; a diagnostic says why.</summary>
    public sealed record Skipped(string Key, int Line, string Reason) : ImportOutcome(Key, Line);
}

namespace Dossier.Scaffolding;

/// <summary>What <see cref="Scaffolder"/> did: the file it created, or why it refused (nothing is written then).</summary>
public sealed record ScaffoldResult
{
    /// <summary>The created file, relative to the dossier's folder (e.g. <c>content/citations/x.md</c>), when it succeeded.</summary>
    public string? RelativePath { get; private init; }

    /// <summary>Why nothing was written, in words an editor can act on.</summary>
    public string? Error { get; private init; }

    /// <summary>Things worth a look that did not stop the file being written.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    public bool Created => Error is null;

    public static ScaffoldResult Refused(string error) => new() { Error = error };

    public static ScaffoldResult Wrote(string relativePath, IReadOnlyList<string> warnings) =>
        new() { RelativePath = relativePath, Warnings = warnings };
}

namespace Dossier.Diagnostics;

/// <summary>
/// A place in a source file: a path relative to the dossier's root (with forward slashes)
/// and a 1-based line and column. Line 0 means "the file as a whole".
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column, int Length = 0)
{
    /// <summary>A span that names a whole file, for problems with no better position.</summary>
    public static SourceSpan File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
}

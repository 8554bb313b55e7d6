namespace Dossier.Reading;

/// <summary>A content file as read from disk: its path relative to the dossier root and its text.</summary>
public sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>
    /// A 128-bit hash of the file's bytes, taken when it was read (0 when it was not read from disk), so a rebuild can
    /// tell an unchanged file by it without hashing thousands of texts again.
    /// </summary>
    public UInt128 BytesHash { get; init; }
}

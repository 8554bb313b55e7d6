namespace Dossier.Reading;

/// <summary>A content file as read from disk: its path relative to the dossier root and its text.</summary>
public sealed record SourceFile(string RelativePath, string Text);

namespace Dossier.Markdown;

/// <summary>The document a wiki link resolved to: its title and the site path of its page.</summary>
public sealed record LinkedTarget(string Title, string Path);

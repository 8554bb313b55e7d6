using Dossier.Content;

namespace Dossier.Graph;

/// <summary>One source inside a footnote; <see cref="IsRepeat"/> when the document cited it before (short form).</summary>
public sealed record NoteEntry(Citation Citation, string? Locator, bool IsRepeat);

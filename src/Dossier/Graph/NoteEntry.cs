using Dossier.Content;

namespace Dossier.Graph;

/// <summary>
/// One source inside a footnote; <see cref="IsRepeat"/> when the document cited it before (short form);
/// <see cref="Quote"/> the source's own words for this claim, when the cite gives them.
/// </summary>
public sealed record NoteEntry(Citation Citation, string? Locator, bool IsRepeat)
{
    public string? Quote { get; init; }
}

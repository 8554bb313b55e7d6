namespace Dossier.Pages.Views;

/// <summary>A footnote as shown under the text: its number, anchors, the formatted note and its source's page.</summary>
public sealed record NoteView(int Number, string Anchor, string BackHref, string Html, IReadOnlyList<LinkView> Sources);

namespace Dossier.Pages.Views;

/// <summary>An entry of a page's table of contents: a heading of the body, its id and its level (2 or 3).</summary>
public sealed record HeadingView(string Id, string Text, int Level);

namespace Dossier.Pages.Views;

/// <summary>
/// What a <c>[[id]]</c> link's preview shows of the document it leads to: its kind, title and key facts. <see cref="Href"/>
/// is the link's own address on the page, so the script finds the card of each link.
/// </summary>
public sealed record CardView(string Href, string Kind, string Title, string? TitleLang, string? Text);

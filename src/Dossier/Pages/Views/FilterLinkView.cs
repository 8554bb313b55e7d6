namespace Dossier.Pages.Views;

/// <summary>A link that narrows a view (a timeline to one country), with how many entries it keeps; the current one is not a link.</summary>
public sealed record FilterLinkView(string Href, string Text, int Count, bool Current);

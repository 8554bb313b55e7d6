namespace Dossier.Templating.Views;

/// <summary>An entry of the site navigation, relative to the page it is shown on.</summary>
public sealed record NavItemView(string Href, string Text, bool Current);

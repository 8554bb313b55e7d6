namespace Dossier.Pages.Views;

/// <summary>A link in a list on a page, with optional detail text (a date, a kind, a summary).</summary>
public sealed record LinkView(string Href, string Text, string? Detail = null, string? Lang = null);

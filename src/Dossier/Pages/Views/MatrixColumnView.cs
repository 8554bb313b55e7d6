namespace Dossier.Pages.Views;

/// <summary>A document heading a matrix column, with its date as written and as ISO when it has one.</summary>
public sealed record MatrixColumnView(string Href, string Title, string? DateText, string? DateIso);

namespace Dossier.Pages.Views;

/// <summary>A file a reader can take away (the bibliography as BibTeX, RIS or CSL-JSON), linked from the page and from its head.</summary>
public sealed record DownloadView(string Label, string Href, string MediaType, string Title);

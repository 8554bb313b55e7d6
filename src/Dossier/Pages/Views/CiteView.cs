namespace Dossier.Pages.Views;

/// <summary>"Cite this page": the page's own reference in the site's citation style (HTML) and its BibTeX entry (text).</summary>
public sealed record CiteView(string ReferenceHtml, string BibTeX);

namespace Dossier.Pages.Views;

/// <summary>A <c>&lt;meta name content&gt;</c> tag, e.g. Highwire's <c>citation_title</c> for Google Scholar and Zotero.</summary>
public sealed record MetaTagView(string Name, string Content);

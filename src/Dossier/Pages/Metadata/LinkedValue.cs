namespace Dossier.Pages.Metadata;

/// <summary>
/// A value in a page's JSON-LD: text, a list or a thing. Our own small model rather than <c>System.Text.Json.Nodes</c>:
/// a node tree per page (every cited source with its authors and publisher) cost more to build than to write.
/// </summary>
public abstract record LinkedValue;

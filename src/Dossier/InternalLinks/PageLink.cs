namespace Dossier.InternalLinks;

/// <summary>
/// An internal link of a page, resolved against the page's own address: the site file and fragment it names,
/// or, when it cannot name one (it leaves the site or its root path), why.
/// </summary>
public sealed record PageLink(string Href, string? File, string? Fragment, string? Problem);

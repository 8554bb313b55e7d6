using Dossier.InternalLinks;
using Dossier.Feeds;

namespace Dossier.Build.Incremental;

/// <summary>
/// One page as a build left it: the fingerprint of everything it was made from, its rendered body (for a document's
/// page), what the sitemap lists of it, the file its HTML is written to and the links found in its HTML.
/// </summary>
public sealed record RememberedPage(Fingerprint Inputs, string? Body, SitemapEntry Listing, SiteOutputFile Output, ScannedPage Scanned);

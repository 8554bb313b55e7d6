using Dossier.Feeds;
using Dossier.InternalLinks;

namespace Dossier.Build;

/// <summary>
/// What a build keeps of a page it has just laid out: what the sitemap lists of it, its bytes (none when the page went
/// straight to the staging folder) and the links found in its HTML.
/// </summary>
internal sealed record LaidOutPage(SitemapEntry Listing, byte[]? Bytes, ScannedPage Scanned);

using Dossier.Collections;
using SourceSpan = Dossier.Diagnostics.SourceSpan;
using Dossier.Graph;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Links.Targets;

/// <summary>
/// Collects every URL the dossier asks readers to trust, as each document's collection says: the addresses in its front
/// matter (a citation's <c>url</c> with its quote and its <c>archive_url</c>, a declared collection's url fields) and
/// the external links in its body.
/// </summary>
public static class LinkTargetCollector
{
    /// <param name="documents">Parsed by the build's parse stage, so bodies are read exactly as the site renders them.</param>
    public static IReadOnlyList<LinkTarget> Collect(IEnumerable<ParsedDocument> documents)
    {
        var targets = new List<LinkTarget>();
        foreach (var parsed in documents)
        {
            var document = parsed.Document;
            var collection = document.Collection;
            targets.AddRange(collection.UrlsOf(document).Select(url => new LinkTarget(url.Url, KindOf(url), document.Id, document.Source.SpanOf(url.Field))
            {
                Quote = url.Quote,
                HasArchiveUrl = url.HasArchive,
            }));
            if (collection.ChecksBodyLinks)
            {
                targets.AddRange(FromBody(parsed));
            }
        }

        return targets;
    }

    /// <summary>A source's address, its archived copy, or any other document's url field.</summary>
    private static TargetKind KindOf(CheckedUrl url) =>
        url.IsArchive ? TargetKind.ArchiveUrl : url.IsSource ? TargetKind.CitationUrl : TargetKind.FieldUrl;

    private static IEnumerable<LinkTarget> FromBody(ParsedDocument parsed)
    {
        var document = parsed.Document;
        var source = document.Source;
        foreach (var inline in parsed.Markdown.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline { IsEmail: false } autolink => autolink.Url,
                _ => null,
            };

            if (url is null || !IsExternal(url))
            {
                continue;
            }

            // Markdig counts lines and columns from 0 within the body; editors count from 1 in the file.
            var span = new SourceSpan(source.Path, source.BodyStartLine + inline.Line, inline.Column + 1);
            yield return new LinkTarget(url, TargetKind.BodyLink, document.Id, span);
        }
    }

    private static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

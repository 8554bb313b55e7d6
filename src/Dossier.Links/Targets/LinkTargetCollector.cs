using Dossier.Collections;
using Dossier.Content;
using SourceSpan = Dossier.Diagnostics.SourceSpan;
using Dossier.Graph;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Links.Targets;

/// <summary>
/// Collects every URL the dossier asks readers to trust, as each document's collection says: the addresses in its front
/// matter (a citation's <c>url</c> with its quote and its <c>archive_url</c>, a declared collection's url fields) and
/// the external links in its body; and the words each footnote quotes from a source (<c>[@id, quote="…"]</c>).
/// </summary>
public static class LinkTargetCollector
{
    /// <param name="documents">Parsed by the build's parse stage, so bodies are read exactly as the site renders them.</param>
    public static IReadOnlyList<LinkTarget> Collect(IEnumerable<ParsedDocument> documents)
    {
        var all = documents.ToList();
        var citations = all.Select(p => p.Document).OfType<Citation>().ToDictionary(c => c.Id, StringComparer.Ordinal);
        var targets = new List<LinkTarget>();
        foreach (var parsed in all)
        {
            targets.AddRange(NoteQuotes(parsed, citations));
            var document = parsed.Document;
            var collection = document.Collection;
            targets.AddRange(collection.UrlsOf(document).Select(url => new LinkTarget(url.Url, KindOf(url), document.Id, document.Source.SpanOf(url.Field))
            {
                Quote = url.Quote,
                HasArchiveUrl = url.HasArchive,
                ArchiveUrl = url.IsSource ? (document as Citation)?.ArchiveUrl : null,
                RecordedStatus = (document as Citation)?.UrlStatus,
                Accessed = document is Citation { Accessed: var accessed } && accessed != default ? accessed : null,
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

    /// <summary>Every quote a footnote gives for a source, to be found on the source's page, placed at the footnote's key.</summary>
    private static IEnumerable<LinkTarget> NoteQuotes(ParsedDocument parsed, IReadOnlyDictionary<string, Citation> citations)
    {
        var source = parsed.Document.Source;
        foreach (var cite in parsed.Cites)
        {
            var span = new SourceSpan(source.Path, source.LineOf(cite.Line), cite.Column + 1);
            foreach (var key in cite.Keys)
            {
                if (key.Quote is { } quote && citations.TryGetValue(key.Id, out var citation) && citation.Url.Length > 0)
                {
                    yield return new LinkTarget(citation.Url, TargetKind.NoteQuote, parsed.Document.Id, key.SpanWithin(span))
                    {
                        Quote = quote,
                        HasArchiveUrl = citation.ArchiveUrl is not null,
                        ArchiveUrl = citation.ArchiveUrl,
                        Accessed = citation.Accessed != default ? citation.Accessed : null,
                        CitedId = citation.Id,
                    };
                }
            }
        }
    }

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

            // Markdig counts lines and columns from 0; editors count from 1.
            var span = new SourceSpan(source.Path, source.LineOf(inline.Line), inline.Column + 1);
            yield return new LinkTarget(url, TargetKind.BodyLink, document.Id, span);
        }
    }

    private static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

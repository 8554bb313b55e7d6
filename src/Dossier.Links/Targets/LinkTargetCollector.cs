using Dossier.Content;
using SourceSpan = Dossier.Diagnostics.SourceSpan;
using Dossier.Graph;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Links.Targets;

/// <summary>
/// Collects every URL the dossier asks readers to trust: each citation's <c>url</c> (with its quote) and
/// <c>archive_url</c>, and each external link in the bodies of articles, countries and agreements.
/// </summary>
public static class LinkTargetCollector
{
    /// <param name="documents">Parsed by the build's parse stage, so bodies are read exactly as the site renders them.</param>
    public static IReadOnlyList<LinkTarget> Collect(IEnumerable<ParsedDocument> documents)
    {
        var targets = new List<LinkTarget>();
        foreach (var parsed in documents)
        {
            switch (parsed.Document)
            {
                case Citation citation:
                    targets.AddRange(FromCitation(citation));
                    break;
                case Article or Country or Agreement:
                    targets.AddRange(FromBody(parsed));
                    break;
            }
        }

        return targets;
    }

    private static IEnumerable<LinkTarget> FromCitation(Citation citation)
    {
        if (citation.Url.Length > 0)
        {
            yield return new LinkTarget(citation.Url, TargetKind.CitationUrl, citation.Id, citation.Source.SpanOf("url"))
            {
                Quote = string.IsNullOrWhiteSpace(citation.Quote) ? null : citation.Quote,
                HasArchiveUrl = citation.ArchiveUrl is not null,
            };
        }

        if (citation.ArchiveUrl is { Length: > 0 } archive)
        {
            yield return new LinkTarget(archive, TargetKind.ArchiveUrl, citation.Id, citation.Source.SpanOf("archive_url"))
            {
                HasArchiveUrl = true,
            };
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

            // Markdig counts lines and columns from 0 within the body; editors count from 1 in the file.
            var span = new SourceSpan(source.Path, source.BodyStartLine + inline.Line, inline.Column + 1);
            yield return new LinkTarget(url, TargetKind.BodyLink, document.Id, span);
        }
    }

    private static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

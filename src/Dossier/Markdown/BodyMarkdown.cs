using Dossier.Content;
using Markdig;

namespace Dossier.Markdown;

/// <summary>
/// How the dossier's bodies are parsed and rendered, as its settings say: the Markdig pipeline — raw HTML parsed only
/// when <c>allow_html</c> names tags — and those tags, which the sanitiser keeps while dropping the rest. The build and
/// the link checker both take it from here, so they read bodies alike.
/// </summary>
public sealed record BodyMarkdown(MarkdownPipeline Pipeline, IReadOnlySet<string> AllowedHtml)
{
    public static BodyMarkdown For(SiteSettings settings)
    {
        var allowed = settings.AllowedHtml.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(DossierMarkdown.CreatePipeline(rawHtml: allowed.Count > 0), allowed);
    }
}

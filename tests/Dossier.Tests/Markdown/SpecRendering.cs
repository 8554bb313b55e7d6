using Dossier.Markdown;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Markdig.Syntax;

namespace Dossier.Tests.Markdown;

/// <summary>
/// A parsed body rendered as the build would, with stand-in resolutions: each cite numbered in reading order, each
/// <c>[[id]]</c> titled "Title of id" at <c>id/</c>, for a page one folder deep (as every document page is).
/// </summary>
internal static class SpecRendering
{
    public static string Html(MarkdownDocument document, Markdig.MarkdownPipeline pipeline)
    {
        var numbers = new Dictionary<CiteKeyInline, int>(ReferenceEqualityComparer.Instance);
        var targets = new Dictionary<WikiLinkInline, LinkedTarget>(ReferenceEqualityComparer.Instance);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CiteKeyInline cite:
                    numbers[cite] = numbers.Count + 1;
                    break;
                case WikiLinkInline link:
                    targets[link] = new LinkedTarget($"Title of {link.Target}", $"{link.Target}/");
                    break;
            }
        }

        return new BodyRenderer(pipeline).RenderBody(document, new ResolvedBody(numbers, targets), "page/");
    }
}

using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;

namespace Dossier.Build;

/// <summary>Looks ids up in the whole dossier and reports each unknown or wrong-kind one where it was written.</summary>
internal sealed class ReferenceResolver(
    IReadOnlyDictionary<string, ContentDocument> byId, IReadOnlySet<string> drafts, IDiagnosticSink sink)
{
    /// <summary>The documents a front-matter list names, skipping (and reporting) the ones that do not resolve.</summary>
    public List<ContentDocument> Resolve(IReadOnlyList<IdReference> ids, string key, Collection expected)
    {
        var found = new List<ContentDocument>();
        foreach (var reference in ids)
        {
            if (byId.TryGetValue(reference.Id, out var document) && document.Collection == expected)
            {
                found.Add(document);
                continue;
            }

            var what = Describe(expected);
            var message = document is null
                ? $"`{key}` names `{reference.Id}`, but there is no {what} with that id"
                : $"`{key}` names `{reference.Id}`, which is {WithArticle(Describe(document.Collection))}, not {WithArticle(what)}";
            sink.Report(new Diagnostic(DiagnosticCodes.UnknownReference, Severity.Error, reference.Span, message,
                Hint(reference.Id, expected)));
        }

        return found;
    }

    public void ResolveCite(ContentDocument document, CiteKeyInline cite)
    {
        var span = SpanOf(document, cite.Line, cite.Column);
        foreach (var key in cite.Keys)
        {
            if (byId.TryGetValue(key.Id, out var target) && target is Citation)
            {
                continue;
            }

            var message = target is null
                ? $"no citation `{key.Id}`"
                : $"`{key.Id}` is {WithArticle(Describe(target.Collection))}, not a citation";
            var hint = target is null ? Hint(key.Id, Collection.Citation) : $"link to it with [[{key.Id}]] instead";
            sink.Report(new Diagnostic(DiagnosticCodes.UnknownCitation, Severity.Error, key.SpanWithin(span), message, hint));
        }
    }

    /// <summary>The link's target, with its title recorded on the link; null (reported) when it does not resolve.</summary>
    public ContentDocument? ResolveWikiLink(ContentDocument document, WikiLinkInline link)
    {
        if (byId.TryGetValue(link.Target, out var target) && target.Collection != Collection.Citation)
        {
            link.TargetTitle = target.Title;
            return target;
        }

        var span = SpanOf(document, link.Line, link.Column) with { Length = link.Raw.Length };
        string message;
        string? hint;
        if (target is not null)
        {
            message = $"[[{link.Target}]] links to a citation";
            hint = $"cite a source with [@{link.Target}]";
        }
        else if (drafts.Contains(link.Target))
        {
            message = $"[[{link.Target}]] links to a draft article, which is not built";
            hint = "build with --drafts, or remove `draft: true` from the article";
        }
        else
        {
            message = $"[[{link.Target}]] links to nothing: there is no article, country or agreement `{link.Target}`";
            hint = Hint(link.Target, Collection.Country, Collection.Agreement, Collection.Article);
        }

        sink.Report(new Diagnostic(DiagnosticCodes.UnknownLinkTarget, Severity.Error, span, message, hint));
        return null;
    }

    private string? Hint(string id, params Collection[] collections)
    {
        var candidates = byId.Values.Where(d => collections.Contains(d.Collection)).Select(d => d.Id);
        var closest = DidYouMean.Closest(id, candidates);
        return closest is null ? null : $"did you mean `{closest}`?";
    }

    private static SourceSpan SpanOf(ContentDocument document, int line, int column) =>
        new(document.Source.Path, document.Source.BodyStartLine + line, column + 1);

    /// <summary>"an agreement", "a country": the noun with its indefinite article.</summary>
    private static string WithArticle(string noun) => (noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + noun;

    private static string Describe(Collection collection) => collection switch
    {
        Collection.Article => "article",
        Collection.Country => "country",
        Collection.Agreement => "agreement",
        _ => "citation",
    };
}

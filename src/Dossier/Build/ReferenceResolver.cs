using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;

namespace Dossier.Build;

/// <summary>Looks ids up in the whole dossier and reports each unknown or wrong-kind one where it was written.</summary>
internal sealed class ReferenceResolver(
    IReadOnlyDictionary<string, ContentDocument> byId, IReadOnlyDictionary<string, ContentDocument> drafts, CollectionSet collections, IDiagnosticSink sink)
{
    /// <summary>The documents a front-matter field names, skipping (and reporting) the ones that do not resolve.</summary>
    public List<ContentDocument> Resolve(FieldReference reference)
    {
        var expected = reference.To.Select(collections.Named).OfType<CollectionDescriptor>().ToList();
        var found = new List<ContentDocument>();
        foreach (var id in reference.Ids)
        {
            if (byId.TryGetValue(id.Id, out var document) && expected.Contains(document.Collection))
            {
                found.Add(document);
                continue;
            }

            var what = Nouns(expected);
            var message = document is null
                ? $"`{reference.Key}` names `{id.Id}`, but there is no {what} with that id"
                : $"`{reference.Key}` names `{id.Id}`, which is {WithArticle(document.Collection.Singular)}, not {WithArticle(what)}";
            var hint = document is null && drafts.TryGetValue(id.Id, out var draft)
                ? $"it is a draft {draft.Collection.Singular}, which is not built: build with --drafts, or remove `draft: true` from the {draft.Collection.Singular}"
                : Hint(id.Id, expected);
            sink.Report(new Diagnostic(DiagnosticCodes.UnknownReference, Severity.Error, id.Span, message, hint));
        }

        return found;
    }

    public void ResolveCite(ContentDocument document, CiteKeyInline cite)
    {
        var span = SpanOf(document, cite.Line, cite.Column);
        if (cite.Problem is { } problem)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.InvalidValue, Severity.Error, problem.SpanWithin(span, cite.Raw), problem.Message, problem.Hint));
        }

        foreach (var key in cite.Keys)
        {
            if (byId.TryGetValue(key.Id, out var target) && target.Collection.IsCitable)
            {
                continue;
            }

            var message = target is null
                ? $"no citation `{key.Id}`"
                : $"`{key.Id}` is {WithArticle(target.Collection.Singular)}, not a citation";
            var hint = target is null ? Hint(key.Id, collections.All.Where(c => c.IsCitable)) : $"link to it with [[{key.Id}]] instead";
            sink.Report(new Diagnostic(DiagnosticCodes.UnknownCitation, Severity.Error, key.SpanWithin(span), message, hint));
        }
    }

    /// <summary>The link's target; null (reported) when it does not resolve.</summary>
    public ContentDocument? ResolveWikiLink(ContentDocument document, WikiLinkInline link)
    {
        if (byId.TryGetValue(link.Target, out var target) && target.Collection.IsLinkTarget)
        {
            return target;
        }

        var span = SpanOf(document, link.Line, link.Column) with { Length = link.Raw.Length };
        string message;
        string? hint;
        var linkable = collections.All.Where(c => c.IsLinkTarget).ToList();
        if (target is not null)
        {
            message = $"[[{link.Target}]] links to {WithArticle(target.Collection.Singular)}";
            hint = target.Collection.IsCitable ? $"cite a source with [@{link.Target}]" : null;
        }
        else if (drafts.TryGetValue(link.Target, out var draft))
        {
            message = $"[[{link.Target}]] links to a draft {draft.Collection.Singular}, which is not built";
            hint = $"build with --drafts, or remove `draft: true` from the {draft.Collection.Singular}";
        }
        else
        {
            message = $"[[{link.Target}]] links to nothing: there is no {Nouns(linkable, "or")} `{link.Target}`";
            hint = Hint(link.Target, linkable);
        }

        sink.Report(new Diagnostic(DiagnosticCodes.UnknownLinkTarget, Severity.Error, span, message, hint));
        return null;
    }

    private string? Hint(string id, IEnumerable<CollectionDescriptor> expected)
    {
        var within = expected.ToHashSet();
        var candidates = byId.Values.Where(d => within.Contains(d.Collection)).Select(d => d.Id);
        var closest = DidYouMean.Closest(id, candidates);
        return closest is null ? null : $"did you mean `{closest}`?";
    }

    private static SourceSpan SpanOf(ContentDocument document, int line, int column) =>
        new(document.Source.Path, document.Source.LineOf(line), column + 1);

    /// <summary>"country", "country or person", "article, country or agreement".</summary>
    private static string Nouns(IReadOnlyList<CollectionDescriptor> collections, string or = "or")
    {
        var nouns = collections.Select(c => c.Singular).ToList();
        return nouns.Count <= 1 ? string.Concat(nouns) : $"{string.Join(", ", nouns[..^1])} {or} {nouns[^1]}";
    }

    /// <summary>"an agreement", "a country": the noun with its indefinite article.</summary>
    private static string WithArticle(string noun) => (noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + noun;
}

using System.Globalization;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.References;

namespace Dossier.Build;

/// <summary>
/// Stage 6: resolves every id the content names (front matter, <c>[@…]</c>, <c>[[…]]</c>), reporting all
/// unknown ones, numbers each document's footnotes, and derives the relations the pages list.
/// Runs only once every document is parsed, since any document may name any other.
/// </summary>
public static class LinkContentGraph
{
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    public static ContentGraph Run(
        SiteSettings settings, IReadOnlyList<ParsedDocument> all, bool includeDrafts, ICitationStyle style, IDiagnosticSink sink)
    {
        var drafts = all.Where(p => p.Document is Article { Draft: true } && !includeDrafts)
            .Select(p => p.Document.Id).ToHashSet(StringComparer.Ordinal);
        var parsed = all.Where(p => !drafts.Contains(p.Document.Id)).DistinctBy(p => p.Document.Id).ToList();
        var byId = parsed.ToDictionary(p => p.Document.Id, p => p.Document, StringComparer.Ordinal);
        var references = new ReferenceResolver(byId, drafts, sink);

        var mentions = new Dictionary<string, List<ContentDocument>>(StringComparer.Ordinal);
        var parties = new Dictionary<string, List<Agreement>>(StringComparer.Ordinal);
        var sourced = new Dictionary<string, List<Agreement>>(StringComparer.Ordinal);
        void Mention(string target, ContentDocument by)
        {
            if (target != by.Id)
            {
                Add(mentions, target, by);
            }
        }

        foreach (var p in parsed)
        {
            var document = p.Document;
            switch (document)
            {
                case Article article:
                    references.Resolve(article.Countries, "countries", Collection.Country).ForEach(c => Mention(c.Id, article));
                    references.Resolve(article.Agreements, "agreements", Collection.Agreement).ForEach(a => Mention(a.Id, article));
                    break;
                case Agreement agreement:
                    references.Resolve(agreement.Parties, "parties", Collection.Country).ForEach(c => Add(parties, c.Id, agreement));
                    references.Resolve(agreement.Citations, "citations", Collection.Citation).ForEach(c => Add(sourced, c.Id, agreement));
                    break;
            }

            foreach (var cite in p.Cites)
            {
                // A rebuild may link a parse kept from the previous build: what that build set is cleared first.
                cite.NoteNumber = 0;
                references.ResolveCite(document, cite);
            }

            foreach (var link in p.WikiLinks)
            {
                (link.TargetTitle, link.Href) = (null, null);
                if (references.ResolveWikiLink(document, link) is { } target)
                {
                    Mention(target.Id, document);
                }
            }
        }

        var notes = new Dictionary<string, IReadOnlyList<Note>>(StringComparer.Ordinal);
        var uses = new Dictionary<string, List<CitationUse>>(StringComparer.Ordinal);
        foreach (var p in parsed.OrderBy(p => p.Document.Collection).ThenBy(p => p.Document.Id, StringComparer.Ordinal))
        {
            var numbered = FootnoteNumbering.Number(p, byId);
            if (numbered.Count == 0)
            {
                continue;
            }

            notes[p.Document.Id] = numbered;
            foreach (var note in numbered)
            {
                foreach (var entry in note.Entries)
                {
                    Add(uses, entry.Citation.Id, new CitationUse(p.Document, note.Number));
                }
            }
        }

        var documents = parsed.Select(p => p.Document).ToList();
        return new ContentGraph
        {
            Settings = settings,
            Parsed = parsed.ToDictionary(p => p.Document.Id, StringComparer.Ordinal),
            Articles = documents.OfType<Article>()
                .OrderByDescending(a => a.Date).ThenBy(a => a.Title, TitleOrder).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Countries = ByTitle(documents.OfType<Country>()),
            Agreements = ByTitle(documents.OfType<Agreement>()),
            Citations = documents.OfType<Citation>()
                .OrderBy(style.SortKey, TitleOrder).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(),
            Notes = notes,
            MentionedBy = Freeze(mentions, list => list.DistinctBy(d => d.Id)
                .OrderBy(d => d.Collection).ThenBy(d => d.Title, TitleOrder).ThenBy(d => d.Id, StringComparer.Ordinal)),
            AgreementsOfCountry = Freeze(parties, list => list.DistinctBy(a => a.Id).OrderBy(a => a.Title, TitleOrder)),
            AgreementsCitingSource = Freeze(sourced, list => list.DistinctBy(a => a.Id).OrderBy(a => a.Title, TitleOrder)),
            UsesOfCitation = Freeze(uses, list => list),
        };
    }

    private static List<T> ByTitle<T>(IEnumerable<T> documents)
        where T : ContentDocument =>
        documents.OrderBy(d => d.Title, TitleOrder).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    private static void Add<T>(Dictionary<string, List<T>> relation, string key, T value)
    {
        if (!relation.TryGetValue(key, out var list))
        {
            relation[key] = list = [];
        }

        list.Add(value);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Freeze<T>(
        Dictionary<string, List<T>> relation, Func<List<T>, IEnumerable<T>> order) =>
        relation.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)order(kv.Value).ToList(), StringComparer.Ordinal);
}

using System.Collections.Concurrent;
using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Health;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// What a source looks like wherever it is shown, made once per build and shared by every page that shows it: its
/// icons, its bibliography entry, a note's links to it, its Highwire reference and its JSON-LD (its footnote entries
/// are formatted here too, but not kept). A source is cited from notes on many pages and listed both in the bibliography
/// and on its own page; formatting it again for each of those was most of what composing the pages allocated. Pages are
/// composed in parallel, so every form is kept in a concurrent map; two threads may both make one form, but make it the same.
/// </summary>
public sealed class CitationForms(PageContext context)
{
    private readonly PageContext context = context;
    private readonly ConcurrentDictionary<string, string> icons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MetaTagView> highwire = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LinkedThing> linkedData = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Id, int Depth), (IReadOnlyList<LinkView>, IReadOnlyList<LinkView>)> noteLinks = new();

    /// <summary>The source's icons as HTML (<see cref="SourceIcons.HtmlOf"/>), opening each of its references.</summary>
    public string IconsHtml(Citation citation) =>
        icons.GetOrAdd(citation.Id, static (_, state) => SourceIcons.HtmlOf(state.citation, state.language), (citation, language: context.Graph.Settings.Language));

    /// <summary>The source's bibliography entry as HTML, with its icons and its address linked as its state allows.</summary>
    public string EntryHtml(Citation citation) =>
        entries.GetOrAdd(citation.Id, static (_, state) =>
        {
            var (forms, citation) = state;
            var context = forms.context;
            var reference = SourceAddress.Link(context.Style.BibliographyEntry(citation), citation, AddressState.Of(citation, context.LinkHealth));
            return reference.ToHtml(forms.IconsHtml(citation));
        }, (forms: this, citation));

    /// <summary>
    /// A footnote's entry as HTML, its icons first: with its final period, or <paramref name="open"/> without it for
    /// what follows (a quote, a check mark, the next source).
    /// </summary>
    /// <remarks>
    /// Not kept: most entries differ (a locator, a short form), and keeping the rest for the whole build cost the
    /// collector more than formatting them again.
    /// </remarks>
    public string NoteEntryHtml(NoteEntry entry, AddressState state, bool open)
    {
        var reference = entry.IsRepeat ? context.Style.ShortNote(entry.Citation, entry.Locator) : context.Style.Note(entry.Citation, entry.Locator);
        reference = SourceAddress.Link(reference, entry.Citation, state, entry.Quote);
        return (open ? WithoutFinalPeriod(reference) : reference).ToHtml(IconsHtml(entry.Citation));
    }

    /// <summary>
    /// The links a footnote gives to the sources it cites, each source's page and its bibliography entry, as a page at the
    /// depth of <paramref name="fromPage"/> writes them. A note citing one source (most do) shares its lists with every
    /// note citing that source from a page as deep.
    /// </summary>
    public (IReadOnlyList<LinkView> Sources, IReadOnlyList<LinkView> Bibliography) NoteLinks(IReadOnlyList<Citation> cited, string fromPage) =>
        cited.Count == 1
            ? noteLinks.GetOrAdd((cited[0].Id, fromPage.AsSpan().Count('/')), static (_, state) => LinksOf(state.cited, state.fromPage), (cited, fromPage))
            : LinksOf(cited, fromPage);

    /// <summary>The source as a Highwire <c>citation_reference</c> tag, for every article citing it.</summary>
    public MetaTagView HighwireReference(Citation citation) =>
        highwire.GetOrAdd(citation.Id, static (_, citation) => new MetaTagView("citation_reference", HighwireTags.Reference(citation)), citation);

    /// <summary>The source as schema.org JSON-LD (<see cref="CitationLinkedData"/>): its own page's, and an entry of each citing page's.</summary>
    public LinkedThing LinkedData(Citation citation) =>
        linkedData.GetOrAdd(citation.Id, static (_, state) => CitationLinkedData.Of(state.settings, state.citation), (settings: context.Graph.Settings, citation));

    // One source: a plain "Bibliography" link; several: each by its title, so they can be told apart.
    private static (IReadOnlyList<LinkView>, IReadOnlyList<LinkView>) LinksOf(IReadOnlyList<Citation> cited, string fromPage) =>
        (cited.Select(c => new LinkView(SitePaths.Relative(fromPage, SitePaths.Of(c)), c.Title, Lang: c.Language)).ToList(),
            cited.Select(c => new LinkView(SitePaths.Relative(fromPage, SitePaths.Bibliography, c.Id),
                cited.Count == 1 ? "Bibliography" : c.Title, Lang: cited.Count == 1 ? null : c.Language)).ToList());

    private static FormattedReference WithoutFinalPeriod(FormattedReference reference)
    {
        var runs = reference.Runs.ToList();
        var last = runs.Count > 0 ? runs[^1].Text : "";
        if (last.EndsWith('.'))
        {
            runs[^1] = runs[^1] with { Text = last[..^1] };
        }
        else if (last.EndsWith(".”", StringComparison.Ordinal))
        {
            // A short title keeps its closing quote: “Title.” becomes “Title”.
            runs[^1] = runs[^1] with { Text = last[..^2] + "”" };
        }

        return new FormattedReference(runs);
    }
}

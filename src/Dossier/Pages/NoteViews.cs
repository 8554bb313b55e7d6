using Dossier.Content;
using Dossier.Graph;
using Dossier.Health;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Formats a document's footnotes for its page: full form on first use, short form after.</summary>
public static class NoteViews
{
    public static IReadOnlyList<NoteView> Of(PageContext context, string documentId, string page)
    {
        if (!context.Graph.Notes.TryGetValue(documentId, out var notes))
        {
            return [];
        }

        var forms = context.CitationForms;
        return notes.Select(note =>
            {
                IReadOnlyList<Citation> cited = note.Entries is [var only] ? [only.Citation] : note.Entries.Select(e => e.Citation).DistinctBy(c => c.Id).ToList();
                var (html, marked) = Format(note, context);
                var (sources, bibliography) = forms.NoteLinks(cited, page);
                return new NoteView(note.Number, SitePaths.NoteAnchor(note.Number), SitePaths.NoteReferenceHref(note.Number), html, sources)
                {
                    SourceIds = cited.Count == 1 ? cited[0].Id : string.Join(' ', cited.Select(c => c.Id)),
                    Health = HealthOf(cited, marked, context),
                    BibliographyLinks = bibliography,
                };
            })
            .ToList();
    }

    /// <summary>What the last link check found of each source the note cites (usually nothing: then no list is made).</summary>
    private static IReadOnlyList<HealthNotice> HealthOf(IReadOnlyList<Citation> cited, HashSet<string>? marked, PageContext context)
    {
        List<HealthNotice>? notices = null;
        for (var i = 0; i < cited.Count; i++)
        {
            var citation = cited[i];
            // A source whose quote is marked in the note needs no "link checked" besides: the mark says it, dated.
            if (HealthNotice.Of(citation, context.LinkHealth, withQuotes: false) is { Text.Length: > 0 } notice
                && !(notice.CssClass == "link-ok" && marked?.Contains(citation.Id) == true))
            {
                (notices ??= []).Add(notice);
            }
        }

        return notices ?? [];
    }

    /// <summary>
    /// Several sources in one note are separated by semicolons (Chicago 14.57), one period at the end. Each opens with
    /// its icons; its address is linked as its state allows; a quote follows its source after a colon; what the last
    /// link check found of the words the entry rests on follows them. Also returns the ids of the sources so marked.
    /// </summary>
    private static (string Html, HashSet<string>? Marked) Format(Note note, PageContext context)
    {
        var forms = context.CitationForms;
        if (note.Entries is [{ Quote: null } only])
        {
            // One source and nothing after it, as most notes are: the note is the entry, with no builder to copy it through.
            var onlyState = AddressState.Of(only.Citation, context.LinkHealth);
            if (QuoteCheckMark.Of(only.Citation, onlyState, context.LinkHealth, null) is null)
            {
                return (forms.NoteEntryHtml(only, onlyState, open: false), null);
            }
        }

        var html = new System.Text.StringBuilder(1024);
        HashSet<string>? marked = null;
        for (var i = 0; i < note.Entries.Count; i++)
        {
            var entry = note.Entries[i];
            var state = AddressState.Of(entry.Citation, context.LinkHealth);
            var mark = QuoteCheckMark.Of(entry.Citation, state, context.LinkHealth, entry.Quote);
            if (mark is not null)
            {
                (marked ??= new HashSet<string>(StringComparer.Ordinal)).Add(entry.Citation.Id);
            }

            var last = i == note.Entries.Count - 1;
            if (entry.Quote is { } quote)
            {
                html.Append(forms.NoteEntryHtml(entry, state, open: true));
                html.Append(": ");
                NoteQuote.Write(html, entry.Citation, state, quote, link: entry.IsRepeat);
                html.Append(mark);
                html.Append(last ? NoteQuote.EndsSentence(quote) && mark is null ? "" : "." : "; ");
            }
            else if (!last || mark is not null)
            {
                html.Append(forms.NoteEntryHtml(entry, state, open: true));
                html.Append(mark).Append(last ? "." : "; ");
            }
            else
            {
                html.Append(forms.NoteEntryHtml(entry, state, open: false));
            }
        }

        return (html.ToString(), marked);
    }
}

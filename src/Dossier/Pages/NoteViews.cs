using Dossier.CitationStyles;
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

        return notes.Select(note =>
            {
                var cited = note.Entries.Select(e => e.Citation).DistinctBy(c => c.Id).ToList();
                return new NoteView(
                    note.Number,
                    SitePaths.NoteAnchor(note.Number),
                    "#" + SitePaths.NoteReferenceAnchor(note.Number),
                    Format(note, context),
                    cited.Select(c => new LinkView(SitePaths.Relative(page, SitePaths.Of(c)), c.Title, Lang: c.Language)).ToList())
                {
                    SourceIds = string.Join(' ', cited.Select(c => c.Id)),
                    Health = cited.Select(c => Health.HealthNotice.Of(c, context.LinkHealth))
                        .OfType<Health.HealthNotice>()
                        .Where(h => h.Text.Length > 0)
                        .ToList(),
                    // One source: a plain "Bibliography" link; several: each by its title, so they can be told apart.
                    BibliographyLinks = cited
                        .Select(c => new LinkView(SitePaths.Relative(page, SitePaths.Bibliography, c.Id),
                            cited.Count == 1 ? "Bibliography" : c.Title, Lang: cited.Count == 1 ? null : c.Language))
                        .ToList(),
                };
            })
            .ToList();
    }

    /// <summary>
    /// Several sources in one note are separated by semicolons (Chicago 14.57), one period at the end. Each opens with
    /// its icons; its address is linked as its state allows; a quote follows its source after a colon.
    /// </summary>
    private static string Format(Note note, PageContext context)
    {
        var style = context.Style;
        var html = new System.Text.StringBuilder();
        for (var i = 0; i < note.Entries.Count; i++)
        {
            var entry = note.Entries[i];
            var state = AddressState.Of(entry.Citation, context.LinkHealth);
            var part = entry.IsRepeat ? style.ShortNote(entry.Citation, entry.Locator) : style.Note(entry.Citation, entry.Locator);
            part = SourceAddress.Link(part, entry.Citation, state, entry.Quote);
            var last = i == note.Entries.Count - 1;
            html.Append(SourceIcons.Html(SourceIcons.Of(entry.Citation, context.Graph.Settings.Language)));
            if (entry.Quote is { } quote)
            {
                WithoutFinalPeriod(part).WriteHtml(html);
                html.Append(": ");
                NoteQuote.Write(html, entry.Citation, state, quote, link: entry.IsRepeat);
                html.Append(last ? NoteQuote.EndsSentence(quote) ? "" : "." : "; ");
            }
            else if (!last)
            {
                WithoutFinalPeriod(part).WriteHtml(html);
                html.Append("; ");
            }
            else
            {
                part.WriteHtml(html);
            }
        }

        return html.ToString();
    }

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

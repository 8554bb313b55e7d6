using Dossier.Content;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes an article's page: facts (dates, authors, countries, agreements), body and notes.</summary>
public static class ArticlePage
{
    public static PageView Compose(PageContext context, Article article)
    {
        var page = SitePaths.Of(article);
        var graph = context.Graph;
        var countries = article.Countries.Select(r => r.Id)
            .Concat(graph.Parsed[article.Id].WikiLinks.Select(l => l.Target))
            .Distinct(StringComparer.Ordinal)
            .Select(id => graph.Parsed.TryGetValue(id, out var p) ? p.Document : null)
            .OfType<Country>()
            .OrderBy(c => c.Title, StringComparer.InvariantCultureIgnoreCase)
            .Select(c => new LinkView(SitePaths.Relative(page, SitePaths.Of(c)), c.Title))
            .ToList();
        var agreements = article.Agreements.Select(r => r.Id)
            .Concat(graph.Parsed[article.Id].WikiLinks.Select(l => l.Target))
            .Distinct(StringComparer.Ordinal)
            .Select(id => graph.Parsed.TryGetValue(id, out var p) ? p.Document : null)
            .OfType<Agreement>()
            .OrderBy(a => a.Title, StringComparer.InvariantCultureIgnoreCase)
            .Select(a => new LinkView(SitePaths.Relative(page, SitePaths.Of(a)), a.Title))
            .ToList();

        var facts = new List<FactView> { FactView.Of("Published", DateText.Of(article.Date)) };
        if (article.Updated is { } updated)
        {
            facts.Add(FactView.Of("Updated", DateText.Of(updated)));
        }

        if (article.Authors.Count > 0)
        {
            facts.Add(FactView.Of("Authors", string.Join(", ", article.Authors)));
        }

        if (countries.Count > 0)
        {
            facts.Add(FactView.Of("Countries", countries));
        }

        if (agreements.Count > 0)
        {
            facts.Add(FactView.Of("Agreements", agreements));
        }

        return new PageView
        {
            Layout = "document",
            Path = page,
            Title = article.Title,
            Description = article.Summary,
            Section = "articles",
            EditUrl = EditLinks.Of(graph.Settings, article),
            Document = new DocumentView
            {
                Kind = "article",
                Title = article.Title,
                Lead = article.Summary,
                Facts = facts,
                BodyHtml = context.BodyOf(article.Id),
                Notes = NoteViews.Of(context, article.Id, page),
            },
        };
    }
}

using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// Composes an article's page: facts (dates, authors, countries, agreements), body and notes, a table of
/// contents when the body has headings, the neighbouring articles, and the metadata scholars' tools read.
/// </summary>
public static class ArticlePage
{
    public static PageView Compose(PageContext context, Article article)
    {
        var page = SitePaths.Of(article);
        var graph = context.Graph;
        // What the article is about: the documents its front matter lists plus those its text links to.
        List<T> About<T>(IEnumerable<IdReference> listed)
            where T : ContentDocument =>
            listed.Select(r => r.Id)
                .Concat(graph.Parsed[article.Id].WikiLinks.Select(l => l.Target))
                .Distinct(StringComparer.Ordinal)
                .Select(id => graph.Parsed.TryGetValue(id, out var p) ? p.Document : null)
                .OfType<T>()
                .OrderBy(d => d.Title, StringComparer.InvariantCultureIgnoreCase)
                .ToList();
        LinkView LinkTo(ContentDocument d) => new(SitePaths.Relative(page, SitePaths.Of(d)), d.Title);

        var aboutCountries = About<Country>(article.Countries);
        var countries = aboutCountries.Select(LinkTo).ToList();
        var agreements = About<Agreement>(article.Agreements).Select(LinkTo).ToList();

        var facts = new List<FactView> { FactView.Of("Published", DateText.Of(article.Date)) };
        if (context.LastUpdatedOf(article) is { } updated)
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

        // Articles are listed newest first: the previous article is the older one.
        var index = graph.PositionOf(article);
        LinkView? Neighbour(int at) => at >= 0 && at < graph.Articles.Count
            ? new LinkView(SitePaths.Relative(page, SitePaths.Of(graph.Articles[at])), graph.Articles[at].Title)
            : null;
        var body = context.BodyOf(article.Id);

        return new PageView
        {
            Layout = "document",
            Path = page,
            Title = article.Title,
            Description = article.Summary,
            Section = BuiltInCollections.Articles.Section,
            OpenGraphType = "article",
            EditUrl = EditLinks.Of(graph.Settings, article),
            Updated = context.UpdatedViewOf(article),
            Breadcrumbs = Breadcrumbs.Of(page, BuiltInCollections.Articles),
            Contents = BodyOutline.ContentsOf(graph, article.Id),
            Previous = Neighbour(index + 1),
            Next = Neighbour(index - 1),
            LinkedData = ArticleLinkedData.Of(context, article, aboutCountries),
            MetaTags = HighwireTags.Of(context, article),
            Document = new DocumentView
            {
                Kind = "article",
                Cite = CiteThisPage.Of(context, article, page, article.Authors, article.Date),
                Title = article.Title,
                Lead = article.Summary,
                Facts = facts,
                BodyHtml = body,
                Notes = NoteViews.Of(context, article.Id, page),
                Sections = ReverseRelations.Of(context, article, page, builtInToo: false),
            },
        };
    }
}

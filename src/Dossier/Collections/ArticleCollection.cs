using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Pages;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;

namespace Dossier.Collections;

/// <summary>Analysis articles: dated, listed newest first, with neighbours and the metadata scholars' tools read.</summary>
public sealed class ArticleCollection : CollectionDescriptor
{
    public override string Name => "articles";

    public override string Singular => "article";

    public override string Plural => "Articles";

    public override CollectionSchema Schema => ContentSchemas.Article;

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        return new Article(id, fields.String("title") ?? id, source)
        {
            Summary = fields.String("summary"),
            Date = fields.Date("date") ?? default,
            Updated = fields.Date("updated"),
            Authors = fields.Strings("authors"),
            Countries = fields.Ids("countries"),
            Agreements = fields.Ids("agreements"),
            Tags = fields.Strings("tags"),
            Draft = fields.Bool("draft") ?? false,
        };
    }

    public override IEnumerable<FieldReference> ReferencesOf(ContentDocument document)
    {
        var article = (Article)document;
        return [Reference("countries", article.Countries), Reference("agreements", article.Agreements)];
    }

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style) =>
        documents.Cast<Article>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Title, TitleOrder).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

    public override string? PreviewOf(ContentDocument document)
    {
        var article = (Article)document;
        return Pages.Preview.Join(DateText.Of(article.Date), article.Summary);
    }

    public override PageView ComposePage(PageContext context, ContentDocument document) => ArticlePage.Compose(context, (Article)document);

    public override PageView ComposeIndex(PageContext context) =>
        IndexPages.Listing(context, this, "Analysis articles in this dossier.", a => Detail((Article)a));

    /// <summary>How an article is listed: its date, and its summary when it has one.</summary>
    public static string Detail(Article article) =>
        article.Summary is null ? DateText.Of(article.Date) : $"{DateText.Of(article.Date)} — {article.Summary}";

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document)
    {
        var article = (Article)document;
        return [.. article.Authors, .. article.Tags, .. context.Graph.SourcesOf(article.Id).SelectMany(CitationCollection.WordsOf)];
    }

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing) =>
        new(new() { ["title"] = SkeletonValue.Of(title), ["date"] = SkeletonValue.Of(today) },
            "Write the article here. Link a country, agreement or article with `[[id]]` and cite a source with `[@citation-id]`; `dossier check` names any id it does not know.");

    public override string? OrphanHint(string id) => null;

    public override string NextStep(string id) => "write the article; link with [[id]] and cite sources with [@citation-id]";
}

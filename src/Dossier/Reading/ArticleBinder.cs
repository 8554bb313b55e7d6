using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns an article's front matter into an <see cref="Article"/>.</summary>
public static class ArticleBinder
{
    public static readonly IReadOnlyList<string> Keys =
        ["title", "summary", "date", "updated", "authors", "countries", "agreements", "tags", "draft"];

    public static Article Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys(Keys);
        return new Article(id, fields.String("title", required: true) ?? id, source(fields))
        {
            Summary = fields.String("summary"),
            Date = fields.Date("date", required: true) ?? default,
            Updated = fields.Date("updated"),
            Authors = fields.Strings("authors"),
            Countries = fields.Ids("countries"),
            Agreements = fields.Ids("agreements"),
            Tags = fields.Strings("tags"),
            Draft = fields.Bool("draft"),
        };
    }
}

using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns an article's front matter into an <see cref="Article"/>.</summary>
public static class ArticleBinder
{
    public static Article Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys();
        return new Article(id, fields.String("title") ?? id, source(fields))
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
}

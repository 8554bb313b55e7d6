using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns a citation's front matter into a <see cref="Citation"/>.</summary>
public static class CitationBinder
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "title_en", "language", "type", "publisher", "authors", "published", "url", "accessed", "archive_url", "quote",
    ];

    public static Citation Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys(Keys);
        return new Citation(id, fields.String("title", required: true) ?? id, source(fields))
        {
            TitleEn = fields.String("title_en"),
            Language = fields.Language("language"),
            Type = fields.Enum<CitationType>("type", required: true) ?? default,
            Publisher = fields.String("publisher", required: true) ?? "",
            Authors = fields.Strings("authors"),
            Published = fields.PartialDate("published"),
            Url = fields.Url("url", required: true) ?? "",
            Accessed = fields.Date("accessed", required: true) ?? default,
            ArchiveUrl = fields.Url("archive_url"),
            Quote = fields.String("quote"),
        };
    }
}

using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns a citation's front matter into a <see cref="Citation"/>.</summary>
public static class CitationBinder
{
    public static Citation Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys();
        return new Citation(id, fields.String("title") ?? id, source(fields))
        {
            TitleEn = fields.String("title_en"),
            Language = fields.Language("language"),
            Type = fields.Enum<CitationType>("type") ?? default,
            Publisher = fields.String("publisher") ?? "",
            Authors = fields.Strings("authors"),
            Published = fields.PartialDate("published"),
            Url = fields.Url("url") ?? "",
            Accessed = fields.Date("accessed") ?? default,
            ArchiveUrl = fields.Url("archive_url"),
            Quote = fields.String("quote"),
        };
    }
}

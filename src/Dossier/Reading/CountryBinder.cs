using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns a country's front matter into a <see cref="Country"/>.</summary>
public static class CountryBinder
{
    public static readonly IReadOnlyList<string> Keys = ["title", "iso3", "capital", "region", "aliases"];

    public static Country Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys(Keys);
        return new Country(id, fields.String("title", required: true) ?? id, source(fields))
        {
            Iso3 = fields.String("iso3", required: true) ?? "",
            Capital = fields.String("capital"),
            Region = fields.String("region"),
            Aliases = fields.Strings("aliases"),
        };
    }
}

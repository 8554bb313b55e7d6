using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns a country's front matter into a <see cref="Country"/>.</summary>
public static class CountryBinder
{
    public static Country Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys();
        return new Country(id, fields.String("title") ?? id, source(fields))
        {
            Iso3 = fields.String("iso3") ?? "",
            Capital = fields.String("capital"),
            Region = fields.String("region"),
            Aliases = fields.Strings("aliases"),
        };
    }
}

using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns an agreement's front matter into an <see cref="Agreement"/>.</summary>
public static class AgreementBinder
{
    public static Agreement Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys();
        return new Agreement(id, fields.String("title") ?? id, source(fields))
        {
            Kind = fields.Enum<AgreementKind>("kind") ?? default,
            Parties = fields.Ids("parties"),
            Signed = fields.PartialDate("signed"),
            Period = fields.Period("period"),
            Status = fields.Enum<AgreementStatus>("status"),
            Citations = fields.Ids("citations"),
        };
    }
}

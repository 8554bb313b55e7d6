using Dossier.Content;

namespace Dossier.Reading;

/// <summary>Turns an agreement's front matter into an <see cref="Agreement"/>.</summary>
public static class AgreementBinder
{
    public static readonly IReadOnlyList<string> Keys = ["title", "kind", "parties", "signed", "period", "status", "citations"];

    public static Agreement Bind(string id, FrontMatterFields fields, Func<FrontMatterFields, DocumentSource> source)
    {
        fields.RejectUnknownKeys(Keys);
        return new Agreement(id, fields.String("title", required: true) ?? id, source(fields))
        {
            Kind = fields.Enum<AgreementKind>("kind", required: true) ?? default,
            Parties = fields.Ids("parties", required: true),
            Signed = fields.PartialDate("signed"),
            Period = fields.Period("period"),
            Status = fields.Enum<AgreementStatus>("status"),
            Citations = fields.Ids("citations"),
        };
    }
}

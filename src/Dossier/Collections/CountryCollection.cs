using System.Text.RegularExpressions;
using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Pages;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;

namespace Dossier.Collections;

/// <summary>One page per country, with its ISO code (unique in the dossier), capital, region and other names.</summary>
public sealed partial class CountryCollection : CollectionDescriptor
{
    public override string Name => "countries";

    public override string Singular => "country";

    public override string Plural => "Countries";

    public override CollectionSchema Schema => ContentSchemas.Country;

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        return new Country(id, fields.String("title") ?? id, source)
        {
            Iso3 = fields.String("iso3") ?? "",
            Capital = fields.String("capital"),
            Region = fields.String("region"),
            Aliases = fields.Strings("aliases"),
        };
    }

    public override void Validate(IReadOnlyList<ContentDocument> documents, DateOnly today, IDiagnosticSink sink)
    {
        var first = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in documents.Cast<Country>())
        {
            if (country.Iso3.Length == 0)
            {
                continue;
            }

            if (!Iso3Pattern().IsMatch(country.Iso3))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.InvalidValue, Severity.Error, country.Source.SpanOf("iso3"),
                    $"`iso3` must be three capital letters (ISO 3166-1 alpha-3), not `{country.Iso3}`", "e.g. `KAZ` for Kazakhstan"));
            }

            if (!first.TryAdd(country.Iso3, country))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.DuplicateIso3, Severity.Error, country.Source.SpanOf("iso3"),
                    $"the ISO code `{country.Iso3}` is already used by {first[country.Iso3].Source.Path}"));
            }
        }
    }

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style) =>
        ByTitle(documents);

    public override string? PreviewOf(ContentDocument document)
    {
        var country = (Country)document;
        return Pages.Preview.Join(country.Capital is { } capital ? $"Capital {capital}" : null, country.Region);
    }

    public override PageView ComposePage(PageContext context, ContentDocument document) => CountryPage.Compose(context, (Country)document);

    public override PageView ComposeIndex(PageContext context) =>
        IndexPages.Listing(context, this, "Countries covered by this dossier.", c => ((Country)c).Region);

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document)
    {
        var country = (Country)document;
        return [country.Iso3, country.Capital, country.Region, .. country.Aliases];
    }

    public override IReadOnlyList<string> NewOptions => ["--iso3"];

    public override string? MissingForNew(NewDocumentRequest request) =>
        request.Iso3 is null ? "a country needs its ISO 3166-1 alpha-3 code: add --iso3 XXX (e.g. --iso3 KAZ)" : null;

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing)
    {
        if (request.Iso3 is not { } given)
        {
            return Skeleton.Refused("a country needs its ISO 3166-1 alpha-3 code (`iso3`), e.g. KAZ for Kazakhstan");
        }

        var iso3 = given.Trim().ToUpperInvariant();
        if (!Iso3Pattern().IsMatch(iso3))
        {
            return Skeleton.Refused($"`{given}` is not an ISO 3166-1 alpha-3 code: three letters, e.g. KAZ for Kazakhstan");
        }

        if (existing.Documents.OfType<Country>().FirstOrDefault(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            return Skeleton.Refused($"the ISO code `{iso3}` is already used by {other.Source.Path} ({other.Title}); each country has its own code");
        }

        return new Skeleton(new() { ["title"] = SkeletonValue.Of(title), ["iso3"] = SkeletonValue.Of(iso3) },
            $"A short overview of {title}, with a source for each claim.");
    }

    public override string? OrphanHint(string id) => $"link it from an article with [[{id}]], or list it in an article's `countries`";

    public override string NextStep(string id) =>
        $"write the overview, and link it from an article with [[{id}]] or list it in an article's `countries`";

    public override string NewCommandOf(string id) => $"dossier new country {id} --iso3 …";

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso3Pattern();
}

using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Pages;
using Dossier.Pages.Timelines;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;

namespace Dossier.Collections;

/// <summary>Treaties, memoranda, programmes and dialogues: a kind, the countries party to them, dates and sources.</summary>
public sealed class AgreementCollection : CollectionDescriptor
{
    public override string Name => "agreements";

    public override string Singular => "agreement";

    public override string Plural => "Agreements";

    public override CollectionSchema Schema => ContentSchemas.Agreement;

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        return new Agreement(id, fields.String("title") ?? id, source)
        {
            Kind = fields.Enum<AgreementKind>("kind") ?? default,
            Parties = fields.Ids("parties"),
            Signed = fields.PartialDate("signed"),
            Period = fields.Period("period"),
            Status = fields.Enum<AgreementStatus>("status"),
            Citations = fields.Ids("citations"),
        };
    }

    public override IEnumerable<FieldReference> ReferencesOf(ContentDocument document)
    {
        var agreement = (Agreement)document;
        return [Reference("parties", agreement.Parties), Reference("citations", agreement.Citations)];
    }

    public override void Validate(IReadOnlyList<ContentDocument> documents, DateOnly today, IDiagnosticSink sink)
    {
        foreach (var agreement in documents.Cast<Agreement>())
        {
            if (agreement.Period is { Start: { } start, End: { } end } && start.ToDateOnly() > end.LatestDay())
            {
                sink.Report(new Diagnostic(DiagnosticCodes.PeriodReversed, Severity.Error, agreement.Source.SpanOf("period"),
                    $"the period ends ({end}) before it starts ({start})", "swap `start` and `end`"));
            }
        }
    }

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style) =>
        ByTitle(documents);

    public override PageView ComposePage(PageContext context, ContentDocument document) => AgreementPage.Compose(context, (Agreement)document);

    public override PageView ComposeIndex(PageContext context) =>
        IndexPages.Listing(context, this, "Treaties, programmes, dialogues and other frameworks.", d => Detail((Agreement)d));

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document)
    {
        var agreement = (Agreement)document;
        return [Labels.Of(agreement.Kind), .. context.Graph.SourcesOf(agreement.Id).SelectMany(CitationCollection.WordsOf)];
    }

    public override string? PreviewOf(ContentDocument document)
    {
        var agreement = (Agreement)document;
        return Preview.Join(
            Labels.Of(agreement.Kind),
            agreement.Signed is { } signed ? $"signed {DateText.Of(signed)}" : null,
            agreement.Status is { } status ? Labels.Of(status) : null);
    }

    public override string CountryMark => "Party";

    public override TimelineEntry PlaceOnTimeline(ContentDocument document)
    {
        var agreement = (Agreement)document;
        return new TimelineEntry(agreement, agreement.Signed)
        {
            Period = agreement.Period,
            Status = agreement.Status is { } status ? EnumNames.ToKebab(status) : null,
            Countries = agreement.Parties.Select(p => p.Id).ToList(),
        };
    }

    public override IReadOnlyList<string> NewOptions => ["--kind", "--party"];

    public override string? MissingForNew(NewDocumentRequest request) =>
        request.Parties.Count == 0 ? "an agreement needs at least one party: add --party <country-id> (repeat it for each party)" : null;

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing)
    {
        var kind = request.Kind ?? EnumNames.ToKebab(AgreementKind.Memorandum);
        if (!EnumNames.TryParse<AgreementKind>(kind, out _))
        {
            return Skeleton.Refused(Skeleton.NotAChoice(kind, "kind of agreement", EnumNames.All<AgreementKind>()));
        }

        var parties = request.Parties.Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (parties.Count == 0)
        {
            return Skeleton.Refused("an agreement needs at least one party: the id of a country");
        }

        var problems = parties.Select(p => existing.ProblemWithReference(p, "parties", BuiltInCollections.Countries)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            return Skeleton.Refused(string.Join("\n", problems));
        }

        return new Skeleton(new()
        {
            ["title"] = SkeletonValue.Of(title),
            ["kind"] = SkeletonValue.Of(kind),
            ["parties"] = SkeletonValue.Of(parties),
        }, $"What {title} is, who agreed to it and when, with a source for each claim.");
    }

    public override string? OrphanHint(string id) => $"link it from an article with [[{id}]], or list it in an article's `agreements`";

    public override string NextStep(string id) =>
        $"check the kind, write what it is, list its sources under `citations`, and link it from an article with [[{id}]] or list it in an article's `agreements`";

    /// <summary>How an agreement is listed: its kind, and when it was signed if known.</summary>
    private static string Detail(Agreement agreement) =>
        agreement.Signed is { } signed ? $"{Labels.Of(agreement.Kind)}, {DateText.Of(signed)}" : Labels.Of(agreement.Kind);
}

using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Pages;
using Dossier.Pages.Timelines;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;

namespace Dossier.Collections.Declared;

/// <summary>
/// A collection a dossier declares under <c>collections:</c> in <c>dossier.yml</c>: its nouns and its fields. Its
/// documents get a page showing their fields and what points at them, an index, search entries and a JSON Schema.
/// </summary>
public sealed class DeclaredCollection : CollectionDescriptor
{
    public DeclaredCollection(string name, string plural, string singular, string? description, IReadOnlyList<FieldSpec> fields)
    {
        Name = name;
        Plural = plural;
        KindLabel = singular;
        Singular = singular.ToLowerInvariant();
        Description = description;
        // A field every document has, declared again (`summary: { type: string }`), stays where it was, as declared.
        var common = ContentSchemas.DeclaredCommon
            .Select(c => fields.FirstOrDefault(f => f.Name == c.Name) is { } again ? again with { Required = again.Required || c.Required } : c)
            .ToList();
        Fields = fields.Where(f => common.All(c => c.Name != f.Name)).ToList();
        DateField = Fields.FirstOrDefault(f => f.Kind == FieldKind.PartialDate);
        Schema = new CollectionSchema(Singular, [.. common, .. Fields, ContentSchemas.Silence]);
        _declaration = string.Join('\n', [name, plural, singular, description ?? "", .. fields.Select(Describe)]);
    }

    // Settings are read on every build: two reads of the same declaration are the same collection, so a rebuild can
    // reuse the parses of its documents.
    private readonly string _declaration;

    public override string Name { get; }

    public override string Singular { get; }

    public override string Plural { get; }

    public override string KindLabel { get; }

    public override string SchemaFile => $"{Name}.schema.json";

    /// <summary>One sentence for the index page, when the declaration gives one.</summary>
    public string? Description { get; }

    /// <summary>The declared fields, in the declaration's order, without the keys every document has.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    public override CollectionSchema Schema { get; }

    /// <summary>The first date field: the collection is listed by it, earliest first.</summary>
    private FieldSpec? DateField { get; }

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        var values = new List<FieldValue>();
        foreach (var field in Fields)
        {
            FieldValue? value = field.Kind switch
            {
                FieldKind.Text => fields.String(field.Name) is { } text ? new FieldValue.Text(field, text) : null,
                FieldKind.PartialDate => fields.PartialDate(field.Name) is { } date ? new FieldValue.Date(field, date) : null,
                FieldKind.Url => fields.Url(field.Name) is { } url ? new FieldValue.Url(field, url) : null,
                FieldKind.Number => fields.Number(field.Name) is { } number ? new FieldValue.Number(field, number) : null,
                // Bool reads an absent key as false: only a value written is shown.
                FieldKind.Bool => fields.Node(field.Name, FieldKind.Bool) is not null && fields.Bool(field.Name) is { } flag ? new FieldValue.Flag(field, flag) : null,
                FieldKind.Choice => fields.Choice(field.Name) is { } choice ? new FieldValue.Choice(field, choice) : null,
                FieldKind.Id => fields.Id(field.Name) is { } one ? new FieldValue.References(field, [one]) : null,
                FieldKind.IdList => fields.Ids(field.Name) is { Count: > 0 } ids ? new FieldValue.References(field, ids) : null,
                _ => throw new InvalidOperationException($"a declared field cannot be a {field.Kind}"),
            };
            if (value is not null)
            {
                values.Add(value);
            }
        }

        return new DeclaredDocument(id, fields.String("title") ?? id, source, this)
        {
            Summary = fields.String("summary"),
            Updated = fields.Date("updated"),
            Draft = fields.Bool("draft") ?? false,
            Values = values,
        };
    }

    public override IEnumerable<FieldReference> ReferencesOf(ContentDocument document) =>
        ((DeclaredDocument)document).Values.OfType<FieldValue.References>().Select(r => new FieldReference(r.Field.Name, r.Ids, r.Field.RefersTo));

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style)
    {
        return documents.Select(d => (Document: d, Date: DateOf(d)?.ToDateOnly()))
            .OrderBy(x => x.Date is null).ThenBy(x => x.Date).ThenBy(x => x.Document.Title, TitleOrder).ThenBy(x => x.Document.Id, StringComparer.Ordinal)
            .Select(x => x.Document)
            .ToList();
    }

    public override PageView ComposePage(PageContext context, ContentDocument document) => DeclaredPage.Compose(context, (DeclaredDocument)document);

    public override PageView ComposeIndex(PageContext context) =>
        IndexPages.Listing(context, this, Description ?? $"{Plural} in this dossier.", d => Detail((DeclaredDocument)d));

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document) =>
        // Words a reader would type: text, dates and enum values as the page shows them (not numbers, flags or URLs).
        ((DeclaredDocument)document).Values.Select(v => v is FieldValue.Text or FieldValue.Choice or FieldValue.Date ? DeclaredPage.TextOf(v) : null);

    /// <summary>Placed by its date field, with the ids its fields that may name countries hold (people or organisations among them are not countries, and are skipped where countries are shown); not placed without a date field.</summary>
    public override TimelineEntry? PlaceOnTimeline(ContentDocument document) =>
        DateField is null
            ? null
            : new TimelineEntry(document, DateOf(document))
            {
                Countries = ((DeclaredDocument)document).Values.OfType<FieldValue.References>()
                    .Where(r => r.Field.RefersTo.Contains(BuiltInCollections.Countries.Name))
                    .SelectMany(r => r.Ids.Select(i => i.Id))
                    .Distinct(StringComparer.Ordinal)
                    .ToList(),
            };

    /// <summary>Its text, choice and date values as its page shows them, then its summary.</summary>
    public override string? PreviewOf(ContentDocument document)
    {
        var declared = (DeclaredDocument)document;
        return Preview.Join([.. declared.Values.Where(v => v is FieldValue.Text or FieldValue.Choice or FieldValue.Date).Select(DeclaredPage.TextOf), declared.Summary]);
    }

    public override IEnumerable<CheckedUrl> UrlsOf(ContentDocument document) =>
        ((DeclaredDocument)document).Values.OfType<FieldValue.Url>().Select(u => new CheckedUrl(u.Value, u.Field.Name));

    public override IReadOnlyList<string> NewOptions => ["--set"];

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing) =>
        DeclaredSkeleton.Of(this, request, title, today, existing);

    // Its documents are listed on its index and name others themselves: one nothing links to is not lost.
    public override string? OrphanHint(string id) => null;

    public override string NextStep(string id) =>
        $"fill in the fields, write what the text says of it with a source for each claim, and link it from any text with [[{id}]]";

    public override bool Equals(object? obj) => obj is DeclaredCollection other && other._declaration == _declaration;

    public override int GetHashCode() => _declaration.GetHashCode(StringComparison.Ordinal);

    private static string Describe(FieldSpec field) =>
        $"{field.Name}\t{field.Kind}\t{field.Required}\t{field.Description}\t{string.Join(',', field.Choices)}\t{string.Join(',', field.RefersTo)}";

    /// <summary>How a document is listed on the index: its date, and its summary when it has one.</summary>
    private string? Detail(DeclaredDocument document)
    {
        var date = DateOf(document) is { } d ? DateText.Of(d) : null;
        return (date, document.Summary) switch
        {
            ({ } day, { } summary) => $"{day} — {summary}",
            (null, { } summary) => summary,
            _ => date,
        };
    }

    private PartialDate? DateOf(ContentDocument document) =>
        DateField is { } field ? ((DeclaredDocument)document).Values.OfType<FieldValue.Date>().FirstOrDefault(v => v.Field == field)?.Value : null;
}

using Dossier.CitationStyles;
using Dossier.Collections;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Pages;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;
using Dossier.Site;

namespace Dossier.Tests.Collections;

/// <summary>A collection written the way the built-in ones are: everything Dossier needs to know about companies.</summary>
internal sealed class CompanyCollection : CollectionDescriptor
{
    private static readonly CollectionSchema Fields = new("company",
    [
        new("title", FieldKind.Text, true, "the company's name"),
        new("headquarters", FieldKind.Id, false, "the country it is based in") { RefersTo = ["countries"] },
        ContentSchemas.Silence,
    ]);

    public override string Name => "companies";

    public override string Singular => "company";

    public override string Plural => "Companies";

    public override CollectionSchema Schema => Fields;

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        return new Company(id, fields.String("title") ?? id, source, this) { Headquarters = fields.Id("headquarters") };
    }

    public override IEnumerable<FieldReference> ReferencesOf(ContentDocument document) =>
        ((Company)document).Headquarters is { } headquarters ? [Reference("headquarters", [headquarters])] : [];

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style) =>
        documents.OrderBy(d => d.Title, StringComparer.Ordinal).ToList();

    public override PageView ComposePage(PageContext context, ContentDocument document)
    {
        var path = SitePaths.Of(document);
        return new PageView
        {
            Layout = PageLayout,
            Path = path,
            Title = document.Title,
            Section = Section,
            Breadcrumbs = Breadcrumbs.Of(path, this),
            Document = new DocumentView { Kind = Singular, Title = document.Title, BodyHtml = context.BodyOf(document.Id) },
        };
    }

    public override PageView ComposeIndex(PageContext context) => IndexPages.Listing(context, this, "Companies in this dossier.", _ => null);

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document) => [];

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing) =>
        new(new() { ["title"] = SkeletonValue.Of(title) }, "");

    /// <summary>A company, typed as the built-in documents are.</summary>
    private sealed record Company(string Id, string Title, DocumentSource Source, CompanyCollection Of) : ContentDocument(Id, Title, Source)
    {
        public override CollectionDescriptor Collection => Of;

        public IdReference? Headquarters { get; init; }
    }
}

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

/// <summary>
/// Everything about one kind of document: where its files live, where its pages go, what its front matter holds
/// and which of those fields name other documents, how its pages, index, search entries and JSON Schema look, what
/// <c>dossier new</c> writes, and which addresses the link checker collects. The build, the checker and the CLI ask
/// the descriptor, never the kind: a new collection is a new descriptor (and, if it wants one, a layout).
/// </summary>
public abstract class CollectionDescriptor
{
    /// <summary>The folder under <c>content/</c> and the key under <c>collections:</c>, e.g. <c>countries</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One document, as messages name it: "country".</summary>
    public abstract string Singular { get; }

    /// <summary>The index's title and the navigation's word: "Countries".</summary>
    public abstract string Plural { get; }

    /// <summary>Its documents as a group on another document's page ("Events — participants").</summary>
    public virtual string GroupTitle => Plural;

    /// <summary>The folder of the site its pages live under, e.g. <c>countries/</c>.</summary>
    public virtual string PathPrefix => _pathPrefix ??= Name + "/";

    // Made once: every link to a document asks for it (through PathOf).
    private string? _pathPrefix;

    /// <summary>The collection's list of all its documents (the bibliography for citations).</summary>
    public virtual string IndexPath => PathPrefix;

    /// <summary>The page key and <see cref="PageView.Section"/> of its index and pages.</summary>
    public virtual string Section => Name;

    /// <summary>The word shown above a document's title and in search results: "Country".</summary>
    public virtual string KindLabel => char.ToUpperInvariant(Singular[0]) + Singular[1..];

    /// <summary>The layout its documents' pages use.</summary>
    public virtual string PageLayout => "document";

    /// <summary>What its front matter may hold; the validator and the JSON Schema both read it.</summary>
    public abstract CollectionSchema Schema { get; }

    /// <summary>The file its JSON Schema is written to under <c>schemas/</c>.</summary>
    public virtual string SchemaFile => $"{Singular.Replace(' ', '-')}.schema.json";

    /// <summary>Whether <c>[[id]]</c> may link to its documents.</summary>
    public virtual bool IsLinkTarget => true;

    /// <summary>Whether <c>[@id]</c> may cite its documents.</summary>
    public virtual bool IsCitable => false;

    /// <summary>Whether the external links in its documents' bodies are checked.</summary>
    public virtual bool ChecksBodyLinks => true;

    public string PathOf(string id) => PathPrefix + id + "/";

    /// <summary>Documents by title (ignoring case, the same on every culture), then id.</summary>
    protected static IReadOnlyList<ContentDocument> ByTitle(IEnumerable<ContentDocument> documents) =>
        documents.OrderBy(d => d.Title, TitleOrder).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>How titles sort: ignoring case, the same on every culture.</summary>
    protected static StringComparer TitleOrder => StringComparer.InvariantCultureIgnoreCase;

    /// <summary>"12 countries": a count in the collection's words.</summary>
    public virtual string Count(int count) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? Singular : Plural.ToLowerInvariant())}");

    /// <summary>Turns checked front matter into a typed document; rejects unknown keys.</summary>
    public abstract ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source);

    /// <summary>The fields of a document that name other documents, with the collections they may name.</summary>
    public virtual IEnumerable<FieldReference> ReferencesOf(ContentDocument document) => [];

    /// <summary>A field's ids with the collections its schema says they name: the schema is where that is said, once.</summary>
    protected FieldReference Reference(string key, IReadOnlyList<IdReference> ids) =>
        new(key, ids, Schema.Fields.First(f => f.Name == key).RefersTo);

    /// <summary>
    /// Rules that look at more than one field or more than one of its documents (dates in order, codes unique), given
    /// every document of the collection in reading order.
    /// </summary>
    public virtual void Validate(IReadOnlyList<ContentDocument> documents, DateOnly today, IDiagnosticSink sink)
    {
    }

    /// <summary>Its documents in the order its index lists them.</summary>
    public abstract IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style);

    public abstract PageView ComposePage(PageContext context, ContentDocument document);

    public abstract PageView ComposeIndex(PageContext context);

    /// <summary>Words readers may search a document by that are not in its text (aliases, publishers, field values).</summary>
    public abstract IEnumerable<string?> SearchWords(PageContext context, ContentDocument document);

    /// <summary>
    /// Where a document stands on its collection's timeline (its date, period, status and countries), or null when the
    /// collection has no dates. A collection any of whose documents are placed gets a timeline and a matrix.
    /// </summary>
    public virtual TimelineEntry? PlaceOnTimeline(ContentDocument document) => null;

    /// <summary>What a matrix cell says where a document names a country ("Party" for agreements).</summary>
    public virtual string CountryMark => "Named";

    /// <summary>A document's key facts in one line, for the card a <c>[[id]]</c> link previews ("Capital Dushanbe · Central Asia").</summary>
    public virtual string? PreviewOf(ContentDocument document) => null;

    /// <summary>The language of a document's title when it may differ from the site's (a Russian source), for search results.</summary>
    public virtual string? TitleLanguageOf(ContentDocument document) => null;

    /// <summary>The addresses in a document's front matter that readers are asked to trust.</summary>
    public virtual IEnumerable<CheckedUrl> UrlsOf(ContentDocument document) => [];

    /// <summary>
    /// What <c>dossier new</c> writes: the front-matter values and body of a skeleton that passes <c>dossier check</c>,
    /// or why there cannot be one.
    /// </summary>
    public abstract Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing);

    /// <summary>The words <c>dossier new</c> accepts for the collection: its name and its singular.</summary>
    public virtual IReadOnlyList<string> Names => [Name, Singular];

    /// <summary>The options of <c>dossier new</c> this collection takes besides <c>--title</c>.</summary>
    public virtual IReadOnlyList<string> NewOptions => [];

    /// <summary>What <c>dossier new</c> must be given that it cannot guess, said as the option to add; null when nothing is missing.</summary>
    public virtual string? MissingForNew(NewDocumentRequest request) => null;

    /// <summary>What the editor does next after <c>dossier new</c>.</summary>
    public virtual string NextStep(string id) => $"fill in the fields, and link it from any text with [[{id}]]";

    /// <summary>
    /// How to reach a document nothing links to (DOS104), or null when such a document is fine (articles are listed on
    /// the home page, sources are cited).
    /// </summary>
    public virtual string? OrphanHint(string id) => $"link it from an article with [[{id}]], or name it in another document's field";

    /// <summary>The command that starts a document of this collection, as hints show it.</summary>
    public virtual string NewCommandOf(string id) => $"dossier new {Singular} {id}";

    public override string ToString() => Name;
}

using System.Globalization;
using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Lints;
using Dossier.Pages;
using Dossier.Pages.Views;
using Dossier.Reading;
using Dossier.Scaffolding;
using Dossier.Site;

namespace Dossier.Collections;

/// <summary>
/// The sources footnotes cite: one file each, listed in the bibliography (the collection's index) in the citation
/// style's order, each with a page under <c>sources/</c>. Cited with <c>[@id]</c>, never linked with <c>[[id]]</c>.
/// </summary>
public sealed class CitationCollection : CollectionDescriptor
{
    public override string Name => "citations";

    public override string Singular => "citation";

    public override string Plural => "Bibliography";

    public override string PathPrefix => SitePaths.Sources;

    public override string GroupTitle => "Sources";

    public override string IndexPath => SitePaths.Bibliography;

    public override string Section => "bibliography";

    public override string KindLabel => "Source";

    public override CollectionSchema Schema => ContentSchemas.Citation;

    public override bool IsLinkTarget => false;

    public override bool IsCitable => true;

    public override bool ChecksBodyLinks => false;

    public override string Count(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "source" : "sources")}");

    public override ContentDocument Bind(string id, FrontMatterFields fields, DocumentSource source)
    {
        fields.RejectUnknownKeys();
        return new Citation(id, fields.String("title") ?? id, source)
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
            UrlStatus = fields.Enum<UrlStatus>("url_status"),
            Checked = fields.Date("checked"),
            Quote = fields.String("quote"),
        };
    }

    public override void Validate(IReadOnlyList<ContentDocument> documents, DateOnly today, IDiagnosticSink sink)
    {
        foreach (var citation in documents.Cast<Citation>().Where(c => c.Checked > today))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.InvalidValue, Severity.Error, citation.Source.SpanOf("checked"),
                $"`checked` is in the future: {citation.Checked:yyyy-MM-dd}", "`checked` is the day the link checker last checked the address; leave it to dossier links --write"));
        }

        foreach (var citation in documents.Cast<Citation>().Where(c => c.Accessed != default))
        {
            var span = citation.Source.SpanOf("accessed");
            if (citation.Accessed > today)
            {
                sink.Report(new Diagnostic(DiagnosticCodes.AccessedInFuture, Severity.Error, span,
                    $"`accessed` is in the future: {citation.Accessed:yyyy-MM-dd}", "write the date you last opened the source"));
            }

            if (citation.Published is { } published && citation.Accessed < published.ToDateOnly())
            {
                sink.Report(new Diagnostic(DiagnosticCodes.AccessedBeforePublished, Severity.Error, span,
                    $"`accessed` ({citation.Accessed:yyyy-MM-dd}) is before `published` ({published})",
                    "a source cannot be read before it was published; check both dates"));
            }
        }
    }

    public override IReadOnlyList<ContentDocument> InOrder(IEnumerable<ContentDocument> documents, ICitationStyle style) =>
        documents.Cast<Citation>().OrderBy(style.SortKey, TitleOrder).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    public override PageView ComposePage(PageContext context, ContentDocument document) => SourcePage.Compose(context, (Citation)document);

    public override PageView ComposeIndex(PageContext context) => BibliographyPage.Compose(context);

    public override IEnumerable<string?> SearchWords(PageContext context, ContentDocument document)
    {
        var citation = (Citation)document;
        return [citation.TitleEn, citation.Publisher, .. citation.Authors];
    }

    public override string? TitleLanguageOf(ContentDocument document) => ((Citation)document).Language;

    /// <summary>The words a source lends to the search entries of the documents citing it.</summary>
    public static IEnumerable<string?> WordsOf(Citation citation) => [citation.Title, citation.TitleEn, citation.Publisher];

    public override IEnumerable<CheckedUrl> UrlsOf(ContentDocument document)
    {
        var citation = (Citation)document;
        if (citation.Url.Length > 0)
        {
            yield return new CheckedUrl(citation.Url, "url")
            {
                Quote = string.IsNullOrWhiteSpace(citation.Quote) ? null : citation.Quote,
                HasArchive = citation.ArchiveUrl is not null,
                IsSource = true,
            };
        }

        if (citation.ArchiveUrl is { Length: > 0 } archive)
        {
            yield return new CheckedUrl(archive, "archive_url") { IsArchive = true, HasArchive = true, IsSource = true };
        }
    }

    public override IReadOnlyList<string> Names => [Name, Singular, "source"];

    public override IReadOnlyList<string> NewOptions => ["--url", "--from-url", "--type", "--publisher"];

    public override string? MissingForNew(NewDocumentRequest request) =>
        request.Url is null ? "a citation needs its address: add --url https://… (or --from-url https://… to fill it in from the page)" : null;

    public override Skeleton SkeletonOf(NewDocumentRequest request, string title, DateOnly today, ExistingContent existing)
    {
        if (request.Url is not { } url)
        {
            return Skeleton.Refused("a citation needs the source's address (`url`)");
        }

        if (!FrontMatterFields.IsHttpUrl(url))
        {
            return Skeleton.Refused($"`{url}` is not an absolute http or https URL: copy the address from the browser's address bar, starting with https://");
        }

        var type = request.Type ?? EnumNames.ToKebab(CitationType.Web);
        if (!EnumNames.TryParse<CitationType>(type, out _))
        {
            return Skeleton.Refused(Skeleton.NotAChoice(type, "citation type", EnumNames.All<CitationType>()));
        }

        if (request.Publisher is { } publisher && string.IsNullOrWhiteSpace(publisher))
        {
            return Skeleton.Refused("the publisher is empty");
        }

        if (request.Published is { } published && !PartialDate.TryParse(published, out _))
        {
            return Skeleton.Refused($"`{published}` is not a date: write 2024-06-12, 2024-06 or 2024");
        }

        if (request.Language is { } language && !FrontMatterFields.IsLanguageTag(language))
        {
            return Skeleton.Refused($"`{language}` is not a BCP 47 language tag such as `ru` or `en`");
        }

        var host = new Uri(url).Host;
        var warnings = existing.Documents.OfType<Citation>()
            .Where(c => UrlIdentity.Of(c.Url) == UrlIdentity.Of(url))
            .Select(c => $"{c.Source.Path} already cites this address: if it is the same source, cite `[@{c.Id}]` instead of adding a new one")
            .ToList();
        var values = new Dictionary<string, SkeletonValue>
        {
            ["title"] = SkeletonValue.Of(title),
            ["type"] = SkeletonValue.Of(type),
            ["publisher"] = SkeletonValue.Of(request.Publisher?.Trim() ?? (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host)),
            ["url"] = SkeletonValue.Of(url),
            ["accessed"] = SkeletonValue.Of(today),
        };
        if (request.Published is { } when)
        {
            values["published"] = SkeletonValue.Of(when);
        }

        if (request.Language is { } tag)
        {
            values["language"] = SkeletonValue.Of(tag);
        }

        return new Skeleton(values, "") { Warnings = warnings };
    }

    public override string? OrphanHint(string id) => null;

    public override string NextStep(string id) =>
        $"check the type and publisher, and cite it in any text with [@{id}] (add `quote:` if a claim rests on an exact sentence)";
}

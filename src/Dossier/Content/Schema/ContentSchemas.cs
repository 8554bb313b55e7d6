namespace Dossier.Content.Schema;

/// <summary>The front matter of every collection and of <c>dossier.yml</c>, as the content format defines it.</summary>
public static class ContentSchemas
{
    public static readonly FieldSpec Silence = new("silence", FieldKind.TextList, false,
        "warning codes to silence for this file only, e.g. [DOS103]");

    public static readonly CollectionSchema Article = new("article",
    [
        new("title", FieldKind.Text, true, "the article's title"),
        new("summary", FieldKind.Text, false, "one sentence for cards, feeds and the meta description"),
        new("date", FieldKind.Date, true, "first published, e.g. 2024-12-31"),
        new("updated", FieldKind.Date, false, "last substantive revision"),
        new("authors", FieldKind.TextList, false, "the authors' names"),
        new("countries", FieldKind.IdList, false, "ids of countries the article is about") { RefersTo = ["countries"] },
        new("agreements", FieldKind.IdList, false, "ids of agreements the article is about") { RefersTo = ["agreements"] },
        new("tags", FieldKind.TextList, false, "free-form tags"),
        new("draft", FieldKind.Bool, false, "drafts are built only with --drafts"),
        Silence,
    ]);

    public static readonly CollectionSchema Country = new("country",
    [
        new("title", FieldKind.Text, true, "common English name, e.g. Kazakhstan"),
        new("iso3", FieldKind.Text, true, "ISO 3166-1 alpha-3 code, e.g. KAZ; unique"),
        new("capital", FieldKind.Text, false, "the capital city"),
        new("region", FieldKind.Text, false, "e.g. Central Asia, East Asia"),
        new("aliases", FieldKind.TextList, false, "other names used in text, e.g. Astana"),
        Silence,
    ]);

    public static readonly CollectionSchema Agreement = new("agreement",
    [
        new("title", FieldKind.Text, true, "the agreement's title"),
        new("kind", FieldKind.Choice, true, "what sort of framework it is") { Choices = EnumNames.All<AgreementKind>() },
        new("parties", FieldKind.IdList, true, "ids of the countries that are party to it") { RefersTo = ["countries"], MinItems = 1 },
        new("signed", FieldKind.PartialDate, false, "when it was signed, launched or announced: 2022-12-31, 2022-12 or 2022"),
        new("period", FieldKind.Period, false, "the period it covers: {start: 2023, end: 2025}"),
        new("status", FieldKind.Choice, false, "where it stands") { Choices = EnumNames.All<AgreementStatus>() },
        new("citations", FieldKind.IdList, false, "ids of sources for the agreement itself") { RefersTo = ["citations"] },
        Silence,
    ]);

    public static readonly CollectionSchema Citation = new("citation",
    [
        new("title", FieldKind.Text, true, "title in the source's own language"),
        new("title_en", FieldKind.Text, false, "English translation of a non-English title"),
        new("language", FieldKind.Language, false, "BCP 47 tag of the source's language, e.g. ru"),
        new("type", FieldKind.Choice, true, "what sort of source it is") { Choices = EnumNames.All<CitationType>() },
        new("publisher", FieldKind.Text, true, "site or organisation, e.g. MOFA"),
        new("authors", FieldKind.TextList, false, "the authors' names"),
        new("published", FieldKind.PartialDate, false, "publication date: 2022-12-31, 2022-12 or 2022"),
        new("url", FieldKind.Url, true, "absolute http(s) address of the source"),
        new("accessed", FieldKind.Date, true, "when the source was last read, e.g. 2024-12-31"),
        new("archive_url", FieldKind.Url, false, "absolute address of an archived copy"),
        new("url_status", FieldKind.Choice, false, "what the address leads to now: live, dead, usurped (the domain is someone else's) or unfit (spam or malware); usurped and unfit are never linked") { Choices = EnumNames.All<UrlStatus>() },
        new("checked", FieldKind.Date, false, "when the link checker last checked the address (written by dossier links --write)"),
        new("quote", FieldKind.Text, false, "a sentence the source must contain; the link checker verifies it"),
        Silence,
    ]);

    public static readonly CollectionSchema Site = new("dossier.yml",
    [
        new("title", FieldKind.Text, true, "the dossier's title"),
        new("description", FieldKind.Text, false, "one sentence about the dossier"),
        new("base_url", FieldKind.Url, false, "where the site is published, e.g. https://example.github.io/dossier/"),
        new("repo_url", FieldKind.Url, false, "the repository, for edit links"),
        new("branch", FieldKind.Text, false, "the branch edit links point at (default main)"),
        new("language", FieldKind.Language, false, "BCP 47 tag of the site's language (default en)"),
        new("theme", FieldKind.Text, false, "folder under themes/ (default default)"),
        new("strict", FieldKind.Bool, false, "fail the build on warnings too"),
        new("silence", FieldKind.TextList, false, "warning codes to silence everywhere, e.g. [DOS101]"),
        new("allow_html", FieldKind.TextList, false, "inline HTML tags editors may use, e.g. [abbr, sup, kbd]; everything else is shown as text"),
        new("collections", FieldKind.Collections, false, "the dossier's own collections (people, organisations, events…), each with its fields"),
    ]);

    /// <summary>One collection a dossier declares under <c>collections:</c>.</summary>
    public static readonly CollectionSchema CollectionDeclaration = new("collection declaration",
    [
        new("name", FieldKind.Text, false, "the collection's title, plural: its index page and navigation say it, e.g. Events"),
        new("singular", FieldKind.Text, false, "one document, e.g. Event"),
        new("description", FieldKind.Text, false, "one sentence for the index page"),
        new("fields", FieldKind.Any, false, "the front-matter fields of its documents, besides title, summary, updated, draft and silence"),
    ]);

    /// <summary>One field of a declared collection.</summary>
    public static readonly CollectionSchema FieldDeclaration = new("field declaration",
    [
        new("type", FieldKind.Text, true, "string, date, url, number, bool, enum, ref or refs"),
        new("required", FieldKind.Bool, false, "every document must give it"),
        new("to", FieldKind.Any, false, "ref and refs: the collection (or a list of collections) whose ids it names"),
        new("values", FieldKind.TextList, false, "enum: the words it may be"),
        new("description", FieldKind.Text, false, "what it means, for editors and the JSON Schema"),
    ]);

    /// <summary>The keys every declared collection's documents have, before their own fields.</summary>
    public static readonly IReadOnlyList<FieldSpec> DeclaredCommon =
    [
        new("title", FieldKind.Text, true, "the document's title"),
        new("summary", FieldKind.Text, false, "one sentence for lists, search and the meta description"),
        new("updated", FieldKind.Date, false, "last substantive revision"),
        new("draft", FieldKind.Bool, false, "drafts are built only with --drafts"),
    ];

    /// <summary>The inside of an agreement's <c>period</c>.</summary>
    public static readonly CollectionSchema Period = new("period",
    [
        new("start", FieldKind.PartialDate, false, "when the period starts: 2023, 2023-01 or 2023-01-01"),
        new("end", FieldKind.PartialDate, false, "when the period ends"),
    ]);
}

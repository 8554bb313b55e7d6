namespace Dossier.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes. Codes are stable: editors search for them and
/// silence them by id, so a code is never renumbered or reused.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode Unreadable = new("DOS001", "unreadable-file", Severity.Error);
    public static readonly DiagnosticCode MissingFrontMatter = new("DOS002", "missing-front-matter", Severity.Error);
    public static readonly DiagnosticCode YamlSyntax = new("DOS003", "yaml-syntax", Severity.Error);
    public static readonly DiagnosticCode UnknownKey = new("DOS004", "unknown-key", Severity.Error);
    public static readonly DiagnosticCode MissingKey = new("DOS005", "missing-key", Severity.Error);
    public static readonly DiagnosticCode WrongType = new("DOS006", "wrong-type", Severity.Error);
    public static readonly DiagnosticCode InvalidDate = new("DOS007", "invalid-date", Severity.Error);
    public static readonly DiagnosticCode InvalidUrl = new("DOS008", "invalid-url", Severity.Error);
    public static readonly DiagnosticCode InvalidId = new("DOS009", "invalid-id", Severity.Error);
    public static readonly DiagnosticCode DuplicateId = new("DOS010", "duplicate-id", Severity.Error);
    public static readonly DiagnosticCode InvalidValue = new("DOS011", "invalid-value", Severity.Error);
    public static readonly DiagnosticCode UnknownCitation = new("DOS012", "unknown-citation", Severity.Error);
    public static readonly DiagnosticCode UnknownLinkTarget = new("DOS013", "unknown-link-target", Severity.Error);
    public static readonly DiagnosticCode UnknownReference = new("DOS014", "unknown-reference", Severity.Error);
    public static readonly DiagnosticCode AccessedInFuture = new("DOS015", "accessed-in-future", Severity.Error);
    public static readonly DiagnosticCode AccessedBeforePublished = new("DOS016", "accessed-before-published", Severity.Error);
    public static readonly DiagnosticCode PeriodReversed = new("DOS017", "period-reversed", Severity.Error);
    public static readonly DiagnosticCode DuplicateIso3 = new("DOS018", "duplicate-iso3", Severity.Error);
    public static readonly DiagnosticCode InvalidLanguage = new("DOS019", "invalid-language", Severity.Error);
    public static readonly DiagnosticCode DuplicateKey = new("DOS020", "duplicate-key", Severity.Error);
    public static readonly DiagnosticCode SiteSettings = new("DOS021", "site-settings", Severity.Error);
    public static readonly DiagnosticCode Theme = new("DOS022", "theme", Severity.Error);
    public static readonly DiagnosticCode BrokenInternalLink = new("DOS023", "broken-internal-link", Severity.Error);
    public static readonly DiagnosticCode Output = new("DOS024", "output", Severity.Error);
    public static readonly DiagnosticCode FileTooLarge = new("DOS025", "file-too-large", Severity.Error);
    public static readonly DiagnosticCode SymlinkOutside = new("DOS026", "symlink-outside", Severity.Error);
    public static readonly DiagnosticCode BidiControl = new("DOS027", "bidi-control", Severity.Error);
    public static readonly DiagnosticCode UnsafeUrl = new("DOS028", "unsafe-url", Severity.Error);
    public static readonly DiagnosticCode MarkdownLimit = new("DOS029", "markdown-limit", Severity.Error);
    public static readonly DiagnosticCode CollectionDeclaration = new("DOS030", "collection-declaration", Severity.Error);

    // `dossier import`: problems in the BibTeX, RIS or CSL-JSON file being imported.
    public static readonly DiagnosticCode ImportSyntax = new("DOS040", "import-syntax", Severity.Error);
    public static readonly DiagnosticCode ImportDate = new("DOS041", "import-date", Severity.Error);
    public static readonly DiagnosticCode ImportEmpty = new("DOS042", "import-empty", Severity.Error);
    public static readonly DiagnosticCode ImportTooLarge = new("DOS043", "import-too-large", Severity.Error);
    public static readonly DiagnosticCode ImportIncomplete = new("DOS044", "import-incomplete", Severity.Error);

    // Lints: warnings about content that builds but is probably not what the editor meant.
    public static readonly DiagnosticCode UnusedCitation = new("DOS101", "unused-citation", Severity.Warning);
    public static readonly DiagnosticCode DuplicateUrl = new("DOS102", "duplicate-url", Severity.Warning);
    public static readonly DiagnosticCode RepeatedParagraph = new("DOS103", "repeated-paragraph", Severity.Warning);
    public static readonly DiagnosticCode OrphanPage = new("DOS104", "orphan-page", Severity.Warning);
    public static readonly DiagnosticCode UnlinkedSource = new("DOS105", "unlinked-source", Severity.Warning);

    /// <summary>Every code, for documentation and for checking the codes named in <c>silence:</c>.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
}

using Dossier.Links.Quotes;

namespace Dossier.Links.Checking;

/// <summary>One distinct URL and what must be verified on its page (the quotes of every citation that uses it).</summary>
public sealed record UrlToCheck(string Url, IReadOnlySet<string> Quotes)
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".epub", ".csv",
        ".zip", ".gz", ".tgz", ".7z", ".rar", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff",
        ".mp3", ".mp4", ".avi", ".mov", ".webm",
    };

    public UrlToCheck(string url) : this(url, new HashSet<string>())
    {
    }

    /// <summary>The element id named by the URL's <c>#fragment</c>, if any (a text fragment's <c>:~:</c> directive is not an id).</summary>
    public string? Fragment =>
        RawFragment is { } raw && TextDirective.ElementPart(raw) is { Length: > 0 } element ? Uri.UnescapeDataString(element) : null;

    /// <summary>The passages a text fragment (<c>#:~:text=…</c>) points at, each to be found on the page.</summary>
    public IReadOnlyList<TextDirective> TextDirectives => RawFragment is { } raw ? TextDirective.Parse(raw) : [];

    /// <summary>Quote and fragment checks need the page itself, not just its status.</summary>
    public bool NeedsBody => Quotes.Count > 0 || Fragment is not null || TextDirectives.Count > 0;

    /// <summary>
    /// HEAD is asked first only for a file whose body nothing here reads (a PDF, an office file, an archive, an image).
    /// A web page is fetched with GET, as only its title and heading tell a live page from a "not found" page
    /// answered with 200; asking HEAD and then GET would be two requests for one.
    /// </summary>
    public bool AsksHeadFirst => !NeedsBody && NamesFile();

    private bool NamesFile() =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && FileExtensions.Contains(Path.GetExtension(uri.AbsolutePath));

    /// <summary>The fragment as written, percent-encoded, without <c>#</c>.</summary>
    private string? RawFragment =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Fragment.Length > 1
            ? uri.GetComponents(UriComponents.Fragment, UriFormat.UriEscaped)
            : null;
}

namespace Dossier.Links.Checking;

/// <summary>One distinct URL and what must be verified on its page (the quotes of every citation that uses it).</summary>
public sealed record UrlToCheck(string Url, IReadOnlySet<string> Quotes)
{
    public UrlToCheck(string url) : this(url, new HashSet<string>())
    {
    }

    /// <summary>The element id named by the URL's <c>#fragment</c>, if any.</summary>
    public string? Fragment =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Fragment.Length > 1
            ? Uri.UnescapeDataString(uri.Fragment[1..])
            : null;

    /// <summary>Quote and fragment checks need the page itself, not just its status.</summary>
    public bool NeedsBody => Quotes.Count > 0 || Fragment is not null;
}

namespace Dossier.Links.Quotes;

/// <summary>What the checker reads from a page: its visible text, normalised, the ids a fragment can name, its title and main heading.</summary>
public sealed record PageText(string NormalisedText, IReadOnlySet<string> Anchors)
{
    /// <summary>The <c>&lt;title&gt;</c>, white space squeezed; null when there is none.</summary>
    public string? Title { get; init; }

    /// <summary>The main heading: the <c>&lt;h1&gt;</c> inside <c>&lt;main&gt;</c> if there is one, else the page's first; null when there is none.</summary>
    public string? MainHeading { get; init; }

    /// <summary>Where an immediate <c>&lt;meta http-equiv="refresh"&gt;</c> (at most 5 seconds) sends the reader, as written; null when none.</summary>
    public string? RefreshTo { get; init; }

    public bool Contains(string quote)
    {
        var needle = QuoteText.Normalise(quote);
        return needle.Length > 0 && NormalisedText.Contains(needle, StringComparison.Ordinal);
    }

    public bool HasAnchor(string fragment) => Anchors.Contains(fragment);
}

namespace Dossier.Links.Quotes;

/// <summary>What the checker reads from a page: its visible text, normalised, and the ids a fragment can name.</summary>
public sealed record PageText(string NormalisedText, IReadOnlySet<string> Anchors)
{
    public bool Contains(string quote)
    {
        var needle = QuoteText.Normalise(quote);
        return needle.Length > 0 && NormalisedText.Contains(needle, StringComparison.Ordinal);
    }

    public bool HasAnchor(string fragment) => Anchors.Contains(fragment);
}

namespace Dossier.Links.PageMetadata;

/// <summary>
/// What a page says about itself that a citation needs, each value with where it came from; null where the page says
/// nothing usable. <see cref="Published"/> is a partial date (<c>2024</c>, <c>2024-06</c>, <c>2024-06-12</c>),
/// <see cref="Language"/> a BCP 47 tag and <see cref="Url"/> an absolute http(s) address.
/// </summary>
public sealed record CitationMetadata(FoundValue? Title, FoundValue? Publisher, FoundValue? Published, FoundValue? Language, FoundValue? Url)
{
    /// <summary>Values the page gave that could not be used (a date that is not one, a relative address…), to say so.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

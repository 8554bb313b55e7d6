namespace Dossier.Links.PageMetadata;

/// <summary>A value read from a page and where on the page it was found (<c>citation_title</c>, <c>JSON-LD headline</c>, <c>og:title</c>…).</summary>
public sealed record FoundValue(string Value, string Where);

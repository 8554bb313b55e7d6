using Dossier.Collections;

namespace Dossier.Scaffolding;

/// <summary>What an editor asked <c>dossier new</c> for. Values not given get placeholders where one makes sense.</summary>
public sealed record NewDocumentRequest(CollectionDescriptor Collection, string Id)
{
    /// <summary>The title; default: the id in words (<c>united-states</c> → <c>United States</c>).</summary>
    public string? Title { get; init; }

    /// <summary>A citation's address: required for citations.</summary>
    public string? Url { get; init; }

    /// <summary>A citation's type; default <c>web</c>.</summary>
    public string? Type { get; init; }

    /// <summary>A citation's publisher; default: the URL's host without <c>www.</c>.</summary>
    public string? Publisher { get; init; }

    /// <summary>A citation's publication date (a partial date), when known (<c>--from-url</c> reads it from the page).</summary>
    public string? Published { get; init; }

    /// <summary>A citation's language (a BCP 47 tag), when known (<c>--from-url</c> reads it from the page).</summary>
    public string? Language { get; init; }

    /// <summary>A country's ISO 3166-1 alpha-3 code: required for countries.</summary>
    public string? Iso3 { get; init; }

    /// <summary>An agreement's kind; default <c>memorandum</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>An agreement's parties (country ids): at least one for agreements.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>A declared collection's required fields, by key (<c>--set key=value</c>; ids comma-separated).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}

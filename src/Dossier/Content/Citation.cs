using Dossier.Collections;

namespace Dossier.Content;

/// <summary>One cited source. Its Markdown body is an annotation shown on the source's page.</summary>
public sealed record Citation(string Id, string Title, DocumentSource Source) : ContentDocument(Id, Title, Source)
{
    public override CollectionDescriptor Collection => BuiltInCollections.Citations;

    /// <summary>English translation of a title in another language.</summary>
    public string? TitleEn { get; init; }

    /// <summary>BCP 47 tag of the source's language, when it differs from the site's.</summary>
    public string? Language { get; init; }

    public CitationType Type { get; init; }

    public string Publisher { get; init; } = "";

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PartialDate? Published { get; init; }

    /// <summary>Absolute http(s) URL of the source.</summary>
    public string Url { get; init; } = "";

    public DateOnly Accessed { get; init; }

    public string? ArchiveUrl { get; init; }

    /// <summary>What the address leads to now (<c>url_status</c>), as last recorded; null when nobody recorded it.</summary>
    public UrlStatus? UrlStatus { get; init; }

    /// <summary>When the address was last checked (<c>checked</c>), as <c>dossier links --write</c> records it.</summary>
    public DateOnly? Checked { get; init; }

    /// <summary>The live address must not be linked: its domain is someone else's now, or it serves what no reader should be sent to.</summary>
    public bool UrlUnlinkable => UrlStatus is Content.UrlStatus.Usurped or Content.UrlStatus.Unfit;

    /// <summary>A sentence the source must contain; the link checker verifies it.</summary>
    public string? Quote { get; init; }
}

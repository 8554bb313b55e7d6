namespace Dossier.Pages.Views;

/// <summary>A row of a page's summary box: a label and either text or links (e.g. an agreement's parties).</summary>
public sealed record FactView(string Label, string? Text, IReadOnlyList<LinkView> Links)
{
    public static FactView Of(string label, string text) => new(label, text, []);

    public static FactView Of(string label, IReadOnlyList<LinkView> links) => new(label, null, links);
}

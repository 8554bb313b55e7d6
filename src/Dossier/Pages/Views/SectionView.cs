namespace Dossier.Pages.Views;

/// <summary>A titled list of related pages, e.g. a country's agreements or the articles that mention it.</summary>
public sealed record SectionView(string Id, string Heading, IReadOnlyList<LinkView> Items);

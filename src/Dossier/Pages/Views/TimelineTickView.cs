namespace Dossier.Pages.Views;

/// <summary>A year labelled along a timeline's axis, at its CSS offset (<c>12.5%</c>).</summary>
public sealed record TimelineTickView(string Label, string Left);

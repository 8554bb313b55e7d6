namespace Dossier.Pages.Views;

/// <summary>A country heading a matrix row, whether each column's document names it, and how many do.</summary>
public sealed record MatrixRowView(string Href, string Title, IReadOnlyList<bool> Cells, int Count);

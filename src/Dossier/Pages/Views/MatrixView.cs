namespace Dossier.Pages.Views;

/// <summary>A table of countries (rows) against documents (columns); <see cref="Word"/> is what a marked cell says.</summary>
public sealed record MatrixView(string Caption, string Word, IReadOnlyList<MatrixColumnView> Columns, IReadOnlyList<MatrixRowView> Rows)
{
    public IReadOnlyList<LinkView> Views { get; init; } = [];
}

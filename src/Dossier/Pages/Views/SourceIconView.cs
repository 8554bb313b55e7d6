namespace Dossier.Pages.Views;

/// <summary>
/// A small mark beside a source: <see cref="Name"/> picks its picture (<c>gov</c>, <c>news</c>, <c>pdf</c>) or, for
/// <c>lang</c>, <see cref="Text"/> shows the language's code; <see cref="Label"/> is what screen readers say instead.
/// </summary>
public sealed record SourceIconView(string Name, string Label, string Text = "");

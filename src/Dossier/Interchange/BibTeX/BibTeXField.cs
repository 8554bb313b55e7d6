namespace Dossier.Interchange.BibTeX;

/// <summary>One field of an entry as written: its lowercased name, its value with macros expanded and pieces joined (still LaTeX), and where it starts.</summary>
public sealed record BibTeXField(string Name, string Value, int Offset)
{
    /// <summary>The offset just after the value, to tell a value that ran on across lines.</summary>
    public int End { get; init; }
}

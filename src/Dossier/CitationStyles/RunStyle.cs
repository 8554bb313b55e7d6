namespace Dossier.CitationStyles;

/// <summary>How a run of reference text is set: plain, or italic for the titles of books and reports.</summary>
public enum RunStyle
{
    Plain,
    Italic,
}

namespace Dossier.Interchange;

/// <summary>The bibliographic formats Dossier reads and writes.</summary>
public enum InterchangeFormat
{
    BibTeX,
    Ris,
    CslJson,
}

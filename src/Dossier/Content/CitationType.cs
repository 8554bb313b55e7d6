namespace Dossier.Content;

/// <summary>What sort of source a citation is; it decides how the reference is formatted.</summary>
public enum CitationType
{
    News,
    Web,
    Government,
    Report,
    Book,
    Journal,
    Pdf,
}

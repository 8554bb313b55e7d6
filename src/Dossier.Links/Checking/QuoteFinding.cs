namespace Dossier.Links.Checking;

/// <summary>Whether a citation's quote was found on its page.</summary>
public enum QuoteFinding
{
    Found,
    Missing,

    /// <summary>The page could not be read for text (not HTML or plain text, or it did not answer 2xx).</summary>
    Unchecked,
}

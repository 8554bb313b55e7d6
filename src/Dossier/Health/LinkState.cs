namespace Dossier.Health;

/// <summary>What the last link check found at a cited URL, in readers' terms.</summary>
public enum LinkState
{
    Ok,
    Moved,
    Dead,
    Unverifiable,
    QuoteMissing,
}

namespace Dossier.Pages.Metadata;

/// <summary>A JSON-LD array (never empty: an empty list is left out).</summary>
public sealed record LinkedList(IReadOnlyList<LinkedValue> Items) : LinkedValue;

namespace Dossier.Pages.Metadata;

/// <summary>A JSON-LD string value.</summary>
public sealed record LinkedText(string Value) : LinkedValue;

namespace Dossier.Interchange.BibTeX;

/// <summary>One <c>@type{key, field = value, …}</c> entry as written, before its fields are mapped to ours.</summary>
public sealed record BibTeXRecord(string Type, string Key, IReadOnlyList<BibTeXField> Fields, int Offset);

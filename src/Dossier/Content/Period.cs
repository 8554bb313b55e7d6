namespace Dossier.Content;

/// <summary>The span of time an agreement covers, e.g. 2023–2025.</summary>
public sealed record Period(PartialDate? Start, PartialDate? End);

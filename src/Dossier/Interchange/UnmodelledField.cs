namespace Dossier.Interchange;

/// <summary>A field of an imported entry that Dossier has no key for (a DOI's neighbours: volume, pages, abstract…).</summary>
public sealed record UnmodelledField(string Name, string Value);

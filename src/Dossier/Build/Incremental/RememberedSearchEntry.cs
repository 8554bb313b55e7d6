namespace Dossier.Build.Incremental;

/// <summary>One document's entry in the search index, as JSON, and the page inputs it was made from (null: not to be reused).</summary>
public sealed record RememberedSearchEntry(Fingerprint? Inputs, byte[] Json);

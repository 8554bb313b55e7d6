namespace Dossier.Graph;

/// <summary>A front-matter field of one document that names another: who names it, and in which field.</summary>
public sealed record FieldLink(string FromId, string Field);

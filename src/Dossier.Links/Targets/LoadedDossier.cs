using Dossier.Content;

namespace Dossier.Links.Targets;

/// <summary>The dossier as the link checker needs it: its settings and its parsed documents.</summary>
public sealed record LoadedDossier(SiteSettings Settings, IReadOnlyList<Graph.ParsedDocument> Documents);

namespace Dossier.Templating.Views;

/// <summary>Site-wide values every layout reads.</summary>
public sealed record SiteView(string Title, string? Description, string Lang, string? RepoUrl);

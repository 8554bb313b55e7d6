namespace Dossier.Starter;

/// <summary>What <c>dossier init</c> was asked for: the new dossier's title, where it will be published, and the day it starts.</summary>
/// <param name="Version">The version of the tool writing it, pinned in the workflows so CI builds with the same one.</param>
public sealed record StarterRequest(string Title, string? BaseUrl, DateOnly Today, string Version);

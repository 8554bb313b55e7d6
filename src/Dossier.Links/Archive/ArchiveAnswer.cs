namespace Dossier.Links.Archive;

/// <summary>What an archive lookup found: a copy, none (<see cref="Url"/> and <see cref="Failure"/> both null), or why the lookup failed.</summary>
public sealed record ArchiveAnswer(string? Url, string? Failure = null);

namespace Dossier.Build.Incremental;

/// <summary>The last commit dates read, and the commit <c>HEAD</c> named then: the dates hold while it names the same one.</summary>
public sealed record RememberedCommitDates(string Head, IReadOnlyDictionary<string, DateOnly> Dates);

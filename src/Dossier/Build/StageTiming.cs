namespace Dossier.Build;

/// <summary>How long one stage of a build took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

using Dossier.Diagnostics;

namespace Dossier.Build.Incremental;

/// <summary>What the per-document lints reported for one document, and the page inputs they saw (null: not to be reused).</summary>
public sealed record RememberedLints(Fingerprint? Inputs, IReadOnlyList<Diagnostic> Diagnostics);

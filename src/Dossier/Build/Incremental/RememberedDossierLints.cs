using Dossier.Diagnostics;

namespace Dossier.Build.Incremental;

/// <summary>What the whole-dossier lints reported, and the whole-dossier inputs they saw.</summary>
public sealed record RememberedDossierLints(Fingerprint Inputs, IReadOnlyList<Diagnostic> Diagnostics);

using Dossier.Diagnostics;

namespace Dossier.Build.Incremental;

/// <summary>The last check of internal links: the fingerprint of the targets it checked against (files, each page's ids) and what it found.</summary>
public sealed record RememberedLinkCheck(Fingerprint Targets, IReadOnlyList<Diagnostic> Diagnostics);

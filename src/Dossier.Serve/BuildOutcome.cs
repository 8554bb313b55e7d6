namespace Dossier.Serve;

/// <summary>What one (re)build did, as far as the server cares.</summary>
/// <param name="Succeeded">Whether the site was written; when not, the last good site is still in place.</param>
/// <param name="Report">The diagnostics as the CLI prints them (<c>path:line:col: error: …</c>); shown in the browser when the build failed.</param>
/// <param name="RootPath">The path the site is published under (<c>/dossier/</c> from <c>base_url</c>), or <c>/</c>.</param>
public sealed record BuildOutcome(bool Succeeded, string Report, string RootPath);

using Dossier.Build;
using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Reading;

namespace Dossier.Links.Targets;

/// <summary>Reads and parses <c>dossier.yml</c> and every content file with the build's own read and parse stages.</summary>
public static class DossierLoader
{
    public static LoadedDossier Load(string root, IDiagnosticSink sink)
    {
        var sources = ReadSources.Run(new BuildOptions(root, root), known: null, changes: null, sink);
        var settings = sources.Settings;
        var files = ParseSources.Run(sources, BodyMarkdown.For(settings), new BuildMemory(kept: false), sink);
        return new LoadedDossier(settings, files.Select(f => f.Parsed).OfType<ParsedDocument>().ToList());
    }
}

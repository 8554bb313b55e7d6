using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Links.Targets;

/// <summary>Reads <c>dossier.yml</c> and every content file with the build's own first stages.</summary>
public static class DossierLoader
{
    public static LoadedDossier Load(string root, IDiagnosticSink sink)
    {
        var reader = new ContentReader(root, ContentReader.DefaultMaxFileBytes);
        var (settings, documents) = ParseFrontMatter.Run(new SourceSet(reader.ReadSettings(sink), reader.ReadContent(sink)), sink);
        return new LoadedDossier(settings, documents);
    }
}

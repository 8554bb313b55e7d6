using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Stage 3: turns the settings and every content file into typed records, in parallel.</summary>
public static class ParseFrontMatter
{
    public static (SiteSettings Settings, IReadOnlyList<ContentDocument> Documents) Run(SourceSet sources, IDiagnosticSink sink)
    {
        var settings = SiteSettingsReader.Read(sources.Settings, sink);
        var documents = sources.Files
            .AsParallel()
            .AsOrdered()
            .Select(file => DocumentParser.Parse(file, sink))
            .Where(document => document is not null)
            .Select(document => document!)
            .ToList();
        return (settings, documents);
    }
}

using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Links.Targets;

/// <summary>Reads <c>dossier.yml</c> and every content file with the content model's own readers.</summary>
public static class DossierLoader
{
    public static LoadedDossier Load(string root, IDiagnosticSink sink)
    {
        var reader = new ContentReader(root, ContentReader.DefaultMaxFileBytes);
        var settings = SiteSettingsReader.Read(reader.ReadSettings(sink), sink);
        var documents = new List<ContentDocument>();
        foreach (var file in reader.ReadContent(sink))
        {
            if (DocumentParser.Parse(file, sink) is { } document)
            {
                documents.Add(document);
            }
        }

        return new LoadedDossier(settings, documents);
    }
}

using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Stage 1: reads <c>dossier.yml</c> and every content file from disk.</summary>
public static class ReadSources
{
    public static SourceSet Run(BuildOptions options, IDiagnosticSink sink) =>
        new(ContentReader.ReadSettings(options.SourceDirectory, sink), ContentReader.ReadContent(options.SourceDirectory, sink));
}

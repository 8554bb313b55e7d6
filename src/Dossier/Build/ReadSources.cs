using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Stage 1: reads <c>dossier.yml</c> and every content file from disk.</summary>
public static class ReadSources
{
    public static SourceSet Run(BuildOptions options, IDiagnosticSink sink)
    {
        var reader = new ContentReader(options.SourceDirectory, options.MaxFileBytes);
        return new(reader.ReadSettings(sink), reader.ReadContent(sink));
    }
}

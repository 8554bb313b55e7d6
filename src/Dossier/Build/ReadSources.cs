using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Stage 1: reads <c>dossier.yml</c> and every content file from disk.</summary>
public static class ReadSources
{
    /// <param name="known">What an earlier build of this process read: files unchanged since are not read again.</param>
    public static SourceSet Run(BuildOptions options, KnownFiles? known, IDiagnosticSink sink)
    {
        var reader = new ContentReader(options.SourceDirectory, options.MaxFileBytes, known);
        return new(reader.ReadSettings(sink), reader.ReadContent(sink));
    }
}

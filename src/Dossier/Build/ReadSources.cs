using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Stage 1: reads <c>dossier.yml</c> and every content file from disk.</summary>
public static class ReadSources
{
    /// <param name="known">What an earlier build of this process read: files unchanged since are not read again.</param>
    /// <param name="changes">What a watcher saw change since that build (when none tracks changes, every file is checked).</param>
    public static SourceSet Run(BuildOptions options, KnownFiles? known, SourceChanges? changes, IDiagnosticSink sink)
    {
        var changed = changes?.Take();
        try
        {
            var reader = new ContentReader(options.SourceDirectory, options.MaxFileBytes, known);
            return new(reader.ReadSettings(sink), reader.ReadContent(sink, changed));
        }
        catch
        {
            // A read cut short (a file vanished mid-read) may not have read every changed file: check them all next time.
            changes?.Lost();
            throw;
        }
    }
}

using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>Reads <c>dossier.yml</c>, then every content file of the collections it has, from disk.</summary>
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
            // The settings first: they say which collections there are, so which folders hold content.
            var settingsFile = reader.ReadSettings(sink);
            var settings = SiteSettingsReader.Read(settingsFile, options.Collections, sink);
            return new(settingsFile, settings, reader.ReadContent(settings.Collections, sink, changed));
        }
        catch
        {
            // A read cut short (a file vanished mid-read) may not have read every changed file: check them all next time.
            changes?.Lost();
            throw;
        }
    }
}

using Dossier.Collections;
using Dossier.Collections.Declared;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Reads <c>dossier.yml</c>, the dossier's settings.</summary>
public static class SiteSettingsReader
{
    public const string FileName = "dossier.yml";

    public static SiteSettings Read(SourceFile? file, IDiagnosticSink sink) => Read(file, CollectionSet.BuiltIn, sink);

    /// <summary>
    /// The settings of the dossier in <paramref name="sourceDirectory"/>, for a command that needs them outside a build
    /// (its collections, its root path); problems are the build's to report, so they are dropped here.
    /// </summary>
    public static SiteSettings ReadFrom(string sourceDirectory)
    {
        var ignored = new DiagnosticBag();
        return Read(new ContentReader(sourceDirectory, ContentReader.DefaultMaxFileBytes).ReadSettings(ignored), ignored);
    }

    /// <param name="builtIn">The collections every dossier has; the declared ones come after them.</param>
    public static SiteSettings Read(SourceFile? file, CollectionSet builtIn, IDiagnosticSink sink)
    {
        if (file is null)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.SiteSettings, Severity.Error, SourceSpan.File(FileName),
                "there is no dossier.yml in the source folder", "create dossier.yml with at least `title:` and `base_url:`"));
            return new SiteSettings { Collections = builtIn };
        }

        var mapping = YamlFrontMatter.Parse(file.RelativePath, file.Text.AsMemory(), 1, sink);
        if (mapping is null)
        {
            return new SiteSettings { Collections = builtIn };
        }

        var fields = new FrontMatterFields(file.RelativePath, mapping, new YamlLines(1), ContentSchemas.Site, sink);
        fields.RejectUnknownKeys();
        var defaults = new SiteSettings();
        return new SiteSettings
        {
            Title = fields.String("title") ?? defaults.Title,
            Description = fields.String("description"),
            BaseUrl = fields.Url("base_url"),
            RepoUrl = fields.Url("repo_url"),
            Branch = fields.String("branch") ?? defaults.Branch,
            Language = fields.Language("language") ?? defaults.Language,
            Theme = fields.String("theme") ?? defaults.Theme,
            Strict = fields.Bool("strict") ?? false,
            Silenced = fields.Strings("silence"),
            AllowedHtml = fields.Strings("allow_html"),
            Collections = builtIn.With(CollectionDeclarations.Read(fields, builtIn)),
        };
    }
}

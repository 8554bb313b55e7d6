using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Templating;

namespace Dossier.Build;

/// <summary>
/// The whole build, stage by stage, in one place. Each stage is a type of its own; cross-document
/// work (linking the graph) starts only once every document is parsed. Bad content never throws:
/// every stage reports to the diagnostic bag, and nothing is written unless the whole build succeeded.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var sources = ReadSources.Run(options, diagnostics);                                           // 1. read
        var (settings, documents) = ParseFrontMatter.Run(sources, diagnostics);                        // 2. parse front matter
        ValidateDocuments.Run(documents, options.Clock, diagnostics);                                  // 3. validate
        var allowedHtml = settings.AllowedHtml.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var markdown = DossierMarkdown.CreatePipeline(rawHtml: allowedHtml.Count > 0);
        var parsed = ParseMarkdown.Run(documents, markdown, allowedHtml, diagnostics);                              // 4. parse Markdown
        CheckBodyLinks.Run(parsed, diagnostics);                                                       // 4b. refuse unsafe links
        var graph = LinkContentGraph.Run(settings, parsed, options.IncludeDrafts, options.Style, diagnostics); // 5. link the graph
        LintContent.Run(graph, diagnostics);                                                           // 5b. lint
        var bodies = RenderMarkdown.Run(graph, markdown);                                              // 6. render Markdown
        var pages = ComposePages.Run(new PageContext(graph, bodies, options.Style) { LinkHealth = options.LinkHealth });                   // 7. compose pages
        var theme = ThemeLoader.Load(options.SourceDirectory, settings.Theme, diagnostics);
        var rendered = theme is null ? [] : ApplyLayout.Run(pages, theme, settings, diagnostics);     // 8. apply layout
        var assets = theme?.Assets ?? [];
        if (!diagnostics.HasErrors)
        {
            // Only on an otherwise clean build: pages missing because of an earlier error would only repeat it.
            CheckInternalLinks.Run(rendered, assets.Select(a => Site.SitePaths.Assets + a.RelativePath), diagnostics); // 9. check links
        }

        var reported = DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict);
        var written = false;
        if (options.WriteOutput && !reported.Any(d => d.IsError)
            && OutputFolderRules.Allows(options.SourceDirectory, options.OutputDirectory, options.Force, diagnostics))
        {
            written = WriteSite.Run(options.OutputDirectory, rendered, assets, diagnostics);           // 10. write
        }

        return new BuildResult(DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict), rendered.Count, written);
    }
}

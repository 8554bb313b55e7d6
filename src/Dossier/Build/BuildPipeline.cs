using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Pages.Metadata;
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
        var timer = new StageTimer();
        var sources = ReadSources.Run(options, diagnostics);                                           // 1. read
        timer.Lap("read");
        var commitDates = ReadCommitDates.Run(options.SourceDirectory);                                // 2. read last commit dates
        timer.Lap("commit dates");
        var (settings, documents) = ParseFrontMatter.Run(sources, diagnostics);                        // 3. parse front matter
        timer.Lap("parse front matter");
        ValidateDocuments.Run(documents, options.Clock, diagnostics);                                  // 4. validate
        timer.Lap("validate");
        var allowedHtml = settings.AllowedHtml.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var markdown = DossierMarkdown.CreatePipeline(rawHtml: allowedHtml.Count > 0);
        var parsed = ParseMarkdown.Run(documents, markdown, allowedHtml, diagnostics);                 // 5. parse Markdown
        timer.Lap("parse Markdown");
        CheckBodyLinks.Run(parsed, diagnostics);                                                       // 5b. refuse unsafe links
        timer.Lap("check body links");
        var graph = LinkContentGraph.Run(settings, parsed, options.IncludeDrafts, options.Style, diagnostics); // 6. link the graph
        timer.Lap("link the graph");
        LintContent.Run(graph, diagnostics);                                                           // 6b. lint
        timer.Lap("lint");
        var bodies = RenderMarkdown.Run(graph, markdown);                                              // 7. render Markdown
        timer.Lap("render Markdown");
        var context = new PageContext(graph, bodies, options.Style, commitDates) { LinkHealth = options.LinkHealth };
        var pages = ComposePages.Run(context);                                                         // 8. compose pages
        timer.Lap("compose pages");
        var theme = ThemeLoader.Load(options.SourceDirectory, settings.Theme, diagnostics);
        var rendered = theme is null ? [] : ApplyLayout.Run(pages, theme, settings, diagnostics);     // 9. apply layout
        timer.Lap("apply layout");
        var files = new List<GeneratedFile> { ComposeSearchIndex.Run(context) };                       // 10. search index
        files.AddRange(ComposeFeeds.Run(context, pages));                                              // 11. feed, sitemap, robots.txt
        timer.Lap("search index, feeds");
        var assets = theme?.Assets ?? [];
        if (!diagnostics.HasErrors)
        {
            // Only on an otherwise clean build: pages missing because of an earlier error would only repeat it.
            CheckInternalLinks.Run(rendered,                                                           // 12. check links
                assets.Select(a => Site.SitePaths.Assets + a.RelativePath).Concat(files.Select(f => f.Path)),
                SiteUrls.RootPath(settings), diagnostics);
        }

        timer.Lap("check links");

        var reported = DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict);
        var written = false;
        if (options.WriteOutput && !reported.Any(d => d.IsError)
            && OutputFolderRules.Allows(options.SourceDirectory, options.OutputDirectory, options.Force, diagnostics))
        {
            written = WriteSite.Run(options.OutputDirectory, rendered, assets, files, diagnostics);    // 13. write
        }

        timer.Lap("write");

        return new BuildResult(DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict), rendered.Count, written)
        {
            Timings = timer.Laps,
        };
    }
}

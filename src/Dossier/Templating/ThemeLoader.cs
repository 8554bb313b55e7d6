using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Pages.Views;
using Dossier.Templating.Views;
using Fluid;

namespace Dossier.Templating;

/// <summary>
/// Loads a theme: Liquid layouts from <c>layouts/</c>, partials from <c>partials/</c> and static files from <c>assets/</c>,
/// each taken from the dossier's <c>themes/&lt;name&gt;/</c> when it has that file, else from the default theme built
/// into the tool (<see cref="EmbeddedTheme"/>). A dossier without a theme folder builds with the default theme; one
/// layout, partial or asset in its theme folder replaces just that file. Stylesheets and scripts, the
/// dossier's own as well, are minified on the way (<see cref="Minifying.AssetMinifier"/>). Templates only see the view types registered
/// here (Fluid's sandbox).
/// </summary>
public static class ThemeLoader
{
    /// <summary>The types templates may read (Fluid's sandbox): the views and the site-wide values.</summary>
    private static readonly Type[] Views =
    [
        typeof(PageView),
        typeof(DocumentView),
        typeof(LinkView),
        typeof(FactView),
        typeof(NoteView),
        typeof(SectionView),
        typeof(BibliographyEntryView),
        typeof(DownloadView),
        typeof(CiteView),
        typeof(SiteView),
        typeof(NavItemView),
        typeof(Health.HealthNotice),
        typeof(DateView),
        typeof(HeadingView),
        typeof(MetaTagView),
        typeof(TimelineView),
        typeof(TimelineRowView),
        typeof(TimelineTickView),
        typeof(FilterLinkView),
        typeof(MatrixView),
        typeof(MatrixColumnView),
        typeof(MatrixRowView),
        typeof(CardView),
    ];

    /// <param name="earlier">A theme loaded before, returned as it is when loaded from the same files (a rebuild of
    /// <c>dossier serve</c> then parses no layout and minifies no asset again).</param>
    public static Theme? Load(string sourceDirectory, string name, IDiagnosticSink sink, Theme? earlier = null)
    {
        var root = Path.Combine(sourceDirectory, "themes", name);
        var relativeRoot = $"themes/{name}";
        if (name != EmbeddedTheme.Name && !Directory.Exists(root))
        {
            // Only the default theme is built in: another name must be a folder of the dossier's (it may be partial).
            sink.Report(new Diagnostic(DiagnosticCodes.Theme, Severity.Error, SourceSpan.File(relativeRoot),
                $"the theme `{name}` has no folder {relativeRoot}/",
                $"set `theme:` in dossier.yml to a folder under themes/, or leave it out for the built-in `{EmbeddedTheme.Name}` theme"));
            return null;
        }

        var files = ThemeFolder.Layered(Directory.Exists(root) ? ThemeFolder.Read(root) : [], EmbeddedTheme.Files());
        var partials = Texts(files, "partials/");
        var layoutFiles = Texts(files, "layouts/");
        var assetFiles = files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        var fingerprint = new FingerprintBuilder();
        foreach (var (folder, texts) in new[] { ("partials/", partials), ("layouts/", layoutFiles) })
        {
            foreach (var (file, text) in texts)
            {
                fingerprint.Add(folder + file).Add(text);
            }
        }

        // The files as written: any edit to a theme's asset is a change, even one minifying would erase.
        foreach (var file in assetFiles)
        {
            fingerprint.Add(file.Path).Add(file.Content);
        }

        var loadedFrom = fingerprint.Build();
        if (earlier is { } kept && kept.Name == name && kept.Files == loadedFrom)
        {
            return kept;
        }

        var options = CreateOptions(partials);
        var parser = new FluidParser();
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (file, text) in layoutFiles)
        {
            if (parser.TryParse(text, out var template, out var error))
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = MemberReads.In(template);
            }
            else
            {
                sink.Report(LayoutError($"{relativeRoot}/layouts/{file}", error));
            }
        }

        var assets = assetFiles
            .Select(f => new ThemeAsset(f.Path["assets/".Length..], Minifying.AssetMinifier.Minify(f.Path, f.Content)))
            .ToList();
        return new Theme(name, layouts, options, assets, loadedFrom);
    }

    /// <summary>Fluid's message names the position as "at (line:column)", then repeats the source: keep the first line, use the position.</summary>
    private static Diagnostic LayoutError(string path, string error)
    {
        var message = error.Split('\n')[0].Trim();
        var match = System.Text.RegularExpressions.Regex.Match(message, @" at \((\d+):(\d+)\)$");
        var span = match.Success
            ? new SourceSpan(path, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : new SourceSpan(path, 1, 1);
        if (match.Success)
        {
            message = message[..match.Index];
        }

        return new Diagnostic(DiagnosticCodes.Theme, Severity.Error, span, $"the layout does not parse: {message}",
            "check that every {% tag %} is closed and every {{ value }} has both braces");
    }

    private static TemplateOptions CreateOptions(IReadOnlyDictionary<string, string> partials)
    {
        var options = new TemplateOptions
        {
            FileProvider = new InMemoryFileProvider(partials),
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            // Pages must not depend on when they were built (deterministic output).
            Now = () => DateTimeOffset.UnixEpoch,
            // Partials as layouts (Fluid parses a partial when it is first rendered).
            TemplateParsed = (_, template) => MemberReads.In(template),
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var view in Views)
        {
            options.MemberAccessStrategy.Register(view);
            ListMember.Register(options.MemberAccessStrategy, view);
        }

        LayoutContent.KeepThroughRaw(options);
        return options;
    }

    /// <summary>The <c>*.liquid</c> files directly in one folder of the theme, by file name.</summary>
    private static Dictionary<string, string> Texts(IReadOnlyList<ThemeFile> files, string folder) =>
        files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".liquid", StringComparison.Ordinal)
                         && f.Path.IndexOf('/', folder.Length) < 0)
            .ToDictionary(f => f.Path[folder.Length..], f => f.Text, StringComparer.Ordinal);
}

using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Pages.Views;
using Dossier.Templating.Views;
using Fluid;

namespace Dossier.Templating;

/// <summary>
/// Loads <c>themes/&lt;name&gt;/</c>: Liquid layouts from <c>layouts/</c>, partials from <c>partials/</c> and
/// static files from <c>assets/</c>. Templates only see the view types registered here (Fluid's sandbox).
/// </summary>
public static class ThemeLoader
{
    public static Theme? Load(string sourceDirectory, string name, IDiagnosticSink sink)
    {
        var root = Path.Combine(sourceDirectory, "themes", name);
        var relativeRoot = $"themes/{name}";
        if (!Directory.Exists(Path.Combine(root, "layouts")))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Theme, Severity.Error, SourceSpan.File(relativeRoot),
                $"the theme `{name}` has no layouts folder", "set `theme:` in dossier.yml to a folder under themes/ with layouts/"));
            return null;
        }

        var partials = ReadAll(Path.Combine(root, "partials"), "*.liquid");
        var layoutFiles = ReadAll(Path.Combine(root, "layouts"), "*.liquid");
        var options = CreateOptions(partials);
        var parser = new FluidParser();
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (file, text) in layoutFiles)
        {
            if (parser.TryParse(text, out var template, out var error))
            {
                layouts[Path.GetFileNameWithoutExtension(file)] = template;
            }
            else
            {
                sink.Report(LayoutError($"{relativeRoot}/layouts/{file}", error));
            }
        }

        var assetRoot = Path.Combine(root, "assets");
        var assets = Directory.Exists(assetRoot)
            ? Directory.EnumerateFiles(assetRoot, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new ThemeAsset(Path.GetRelativePath(assetRoot, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .ToList()
            : [];
        var files = new FingerprintBuilder();
        foreach (var (folder, texts) in new[] { ("partials/", partials), ("layouts/", layoutFiles) })
        {
            foreach (var (file, text) in texts)
            {
                files.Add(folder + file).Add(text);
            }
        }

        foreach (var asset in assets)
        {
            files.Add("assets/" + asset.RelativePath).Add(asset.Content);
        }

        return new Theme(name, layouts, options, assets, files.Build());
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
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<PageView>();
        options.MemberAccessStrategy.Register<DocumentView>();
        options.MemberAccessStrategy.Register<LinkView>();
        options.MemberAccessStrategy.Register<FactView>();
        options.MemberAccessStrategy.Register<NoteView>();
        options.MemberAccessStrategy.Register<SectionView>();
        options.MemberAccessStrategy.Register<BibliographyEntryView>();
        options.MemberAccessStrategy.Register<SiteView>();
        options.MemberAccessStrategy.Register<NavItemView>();
        options.MemberAccessStrategy.Register<Health.HealthNotice>();
        options.MemberAccessStrategy.Register<DateView>();
        options.MemberAccessStrategy.Register<HeadingView>();
        options.MemberAccessStrategy.Register<MetaTagView>();
        options.MemberAccessStrategy.Register<TimelineView>();
        options.MemberAccessStrategy.Register<TimelineRowView>();
        options.MemberAccessStrategy.Register<TimelineTickView>();
        options.MemberAccessStrategy.Register<FilterLinkView>();
        options.MemberAccessStrategy.Register<MatrixView>();
        options.MemberAccessStrategy.Register<MatrixColumnView>();
        options.MemberAccessStrategy.Register<MatrixRowView>();
        options.MemberAccessStrategy.Register<CardView>();
        return options;
    }

    private static Dictionary<string, string> ReadAll(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}

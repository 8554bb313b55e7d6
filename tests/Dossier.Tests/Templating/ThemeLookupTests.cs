using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Templating;
using Dossier.Templating.Minifying;

namespace Dossier.Tests.Templating;

/// <summary>
/// The built-in default theme and the dossier's own theme files over it: a dossier without <c>themes/</c> builds, and
/// one layout, partial or asset in <c>themes/default/</c> replaces just that file.
/// </summary>
public sealed class ThemeLookupTests
{
    [Fact]
    public void A_dossier_without_a_themes_folder_builds_with_the_built_in_theme()
    {
        // Given a valid dossier with no themes/ folder at all
        using var dossier = WithoutTheme();

        // When it is built
        var result = Build(dossier);

        // Then it succeeds and the site's assets are the repository's default theme's, minified and smaller
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        foreach (var asset in new[] { "site.css", "dossier.js", "search.js" })
        {
            var source = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "themes/default/assets", asset));
            var built = File.ReadAllBytes(Path.Combine(dossier.Root, "_site/assets", asset));
            Assert.Equal(AssetMinifier.Minify(asset, source), built);
            Assert.True(built.Length < source.Length * 9 / 10, $"{asset}: {built.Length} of {source.Length} bytes");
        }

        Assert.Contains("<main id=\"main\"", File.ReadAllText(Path.Combine(dossier.Root, "_site/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_theme_is_the_repository_theme_file_for_file()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "themes/default");
        var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        var embedded = EmbeddedTheme.Files();

        Assert.Equal(onDisk, embedded.Select(f => f.Path));
        Assert.All(embedded, f => Assert.Equal(File.ReadAllBytes(Path.Combine(folder, f.Path)), f.Content));
    }

    [Fact]
    public void One_layout_in_the_dossier_replaces_only_that_layout()
    {
        // Given a dossier whose theme folder holds only its own home layout
        using var dossier = WithoutTheme();
        dossier.Write("themes/default/layouts/home.liquid", "<p class=\"own-home\">{{ page.title }} from the dossier layout</p>\n");

        // When it is built
        var result = Build(dossier);

        // Then the home page uses the dossier's layout inside the built-in frame, and the article page the built-in layout
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        var home = File.ReadAllText(Path.Combine(dossier.Root, "_site/index.html"));
        var article = File.ReadAllText(Path.Combine(dossier.Root, "_site/articles/analysis/index.html"));
        Assert.Contains("<p class=\"own-home\">Test dossier from the dossier layout</p>", home, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("own-home", article, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan and Japan", article, StringComparison.Ordinal);
    }

    [Fact]
    public void One_partial_and_one_asset_in_the_dossier_replace_only_those_files()
    {
        // Given a dossier with its own footer partial and stylesheet, and nothing else of a theme
        using var dossier = WithoutTheme();
        dossier.Write("themes/default/partials/footer.liquid", "<footer><p>Our own footer</p></footer>\n");
        dossier.Write("themes/default/assets/site.css", "body { color: black; }\n");

        // When it is built
        var result = Build(dossier);

        // Then every page has the dossier's footer, the site its stylesheet, and the built-in scripts are still there
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        foreach (var page in new[] { "index.html", "articles/analysis/index.html", "bibliography/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(dossier.Root, "_site", page));
            Assert.Contains("<footer><p>Our own footer</p></footer>", html, StringComparison.Ordinal);
        }

        // (the dossier's stylesheet minified as the built-in one would be)
        Assert.Equal("body{color:black}", File.ReadAllText(Path.Combine(dossier.Root, "_site/assets/site.css")));
        Assert.Equal(AssetMinifier.Minify("dossier.js", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "themes/default/assets/dossier.js"))),
            File.ReadAllBytes(Path.Combine(dossier.Root, "_site/assets/dossier.js")));
    }

    [Fact]
    public void A_dossier_s_own_already_minified_script_is_copied_as_it_is()
    {
        // Given a dossier that ships a vendor script, minified by its own tools, and a stylesheet with a licence comment
        using var dossier = WithoutTheme();
        const string vendor = "/* vendor */\n  var v = 1; // as shipped\n";
        dossier.Write("themes/default/assets/vendor.min.js", vendor);
        dossier.Write("themes/default/assets/extra.css", "/*! licence */\n.x { color: red; }\n");

        // When it is built
        var result = Build(dossier);

        // Then the vendor file is byte for byte the same, and the stylesheet keeps its licence
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        Assert.Equal(vendor, File.ReadAllText(Path.Combine(dossier.Root, "_site/assets/vendor.min.js")));
        Assert.Equal("/*! licence */ .x{color:red}", File.ReadAllText(Path.Combine(dossier.Root, "_site/assets/extra.css")));
    }

    [Fact]
    public void A_broken_layout_of_the_dossier_is_reported_at_its_own_path()
    {
        using var dossier = WithoutTheme();
        dossier.Write("themes/default/layouts/home.liquid", "{% if page.title %}<p>unclosed\n");

        var diagnostics = dossier.Check();

        var error = Assert.Single(diagnostics, d => d.IsError && d.Message.StartsWith("the layout does not parse", StringComparison.Ordinal));
        Assert.Equal(new SourceSpan("themes/default/layouts/home.liquid", 1, 32), error.Span);
        Assert.Equal(DiagnosticCodes.Theme, error.Code);
    }

    [Fact]
    public void A_theme_named_in_dossier_yml_without_a_folder_is_a_clear_error()
    {
        using var dossier = WithoutTheme();
        dossier.Write("dossier.yml", TempDossier.Settings + "theme: tufte\n");

        var diagnostics = dossier.Check();

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("themes/tufte", error.Span.Path);
        Assert.Equal("the theme `tufte` has no folder themes/tufte/", error.Message);
    }

    [Fact]
    public void A_named_theme_takes_what_it_lacks_from_the_built_in_theme()
    {
        // Given a theme of the dossier's own that only changes the footer
        using var dossier = WithoutTheme();
        dossier.Write("dossier.yml", TempDossier.Settings + "theme: plain\n");
        dossier.Write("themes/plain/partials/footer.liquid", "<footer><p>Plain footer</p></footer>\n");

        var result = Build(dossier);

        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        Assert.Contains("Plain footer", File.ReadAllText(Path.Combine(dossier.Root, "_site/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_as_serve_makes_it_sees_a_layout_the_dossier_adds_then_edits_then_removes()
    {
        // Given a dossier on the built-in theme, built with a memory as `dossier serve` keeps one
        using var dossier = WithoutTheme();
        var memory = new Dossier.Build.Incremental.BuildMemory();
        var options = new BuildOptions(dossier.Root, Path.Combine(dossier.Root, "_site")) { Clock = new ManualClock(TempDossier.DefaultNow) };
        Assert.True(BuildPipeline.Run(options, memory).Written);
        string Home() => File.ReadAllText(Path.Combine(dossier.Root, "_site/index.html"));
        var builtIn = Home();

        // When the dossier overrides the home layout, edits its override, then deletes it, rebuilding after each
        dossier.Write("themes/default/layouts/home.liquid", "<p>first override</p>\n");
        var first = BuildPipeline.Run(options, memory);
        var afterFirst = Home();
        dossier.Write("themes/default/layouts/home.liquid", "<p>second override</p>\n");
        BuildPipeline.Run(options, memory);
        var afterSecond = Home();
        dossier.Delete("themes/default/layouts/home.liquid");
        BuildPipeline.Run(options, memory);

        // Then every rebuild remade every page with the theme as it then was
        Assert.Equal(first.PageCount, first.PagesMade);
        Assert.Contains("<p>first override</p>", afterFirst, StringComparison.Ordinal);
        Assert.Contains("<p>second override</p>", afterSecond, StringComparison.Ordinal);
        Assert.Equal(builtIn, Home());
    }

    /// <summary>The minimal valid dossier of the tests, its copy of the repository's theme removed.</summary>
    internal static TempDossier WithoutTheme()
    {
        var dossier = new TempDossier().MinimalValid();
        Directory.Delete(Path.Combine(dossier.Root, "themes"), recursive: true);
        return dossier;
    }

    internal static BuildResult Build(TempDossier dossier) =>
        BuildPipeline.Run(new BuildOptions(dossier.Root, Path.Combine(dossier.Root, "_site")) { Clock = new ManualClock(TempDossier.DefaultNow) });
}

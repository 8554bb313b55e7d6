using Dossier.Cli;
using Dossier.Cli.Commands;
using Dossier.Cli.Help;
using Spectre.Console.Cli;

Interruption.Listen();
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("dossier");
    config.SetApplicationVersion(ToolVersion.Informational);
    config.SetHelpProvider(new ExitCodeFooter(config.Settings));
    config.SetExceptionHandler(UsageErrors.Handle);
    config.UseStrictParsing();
    config.CancellationExitCode(ExitCodes.Interrupted);
    config.AddExample("check");
    config.AddExample("links", "--quiet");
    config.AddExample("build", "--output", "_site");
    config.AddCommand<InitCommand>("init")
        .WithDescription("Start a new dossier in an empty folder: settings, an example article, source and country, workflows and editor settings.")
        .WithExample("init", "mine", "--title", "\"Water in Central Asia\"", "--base-url", "https://you.github.io/mine/");
    config.AddCommand<BuildCommand>("build")
        .WithDescription("Validate the dossier and write the site (default: _site/).")
        .WithExample("build", "--source", ".", "--output", "_site");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Build, serve the site on 127.0.0.1 and rebuild and reload open pages when a source changes.")
        .WithExample("serve", "--port", "0");
    config.AddCommand<CheckCommand>("check")
        .WithDescription("Run every check of a build without writing anything (for pull requests).")
        .WithExample("check", "--strict")
        .WithExample("check", "--format", "github");
    config.AddCommand<NewCommand>("new")
        .WithDescription("Start a new citation, country, agreement or article from a skeleton that passes check.")
        .WithExample("new", "citation", "mofa-2024-japan-kazakhstan-summit", "--url", "https://www.mofa.go.jp/press/", "--type", "government", "--publisher", "MOFA")
        .WithExample("new", "agreement", "kazakhstan-japan-energy-roadmap", "--kind", "roadmap", "--party", "kazakhstan", "--party", "japan");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Write a citation file for each entry of a BibTeX, RIS or CSL-JSON file (e.g. a Zotero export) not yet in the dossier.")
        .WithExample("import", "zotero.bib", "--dry-run")
        .WithExample("import", "sources.json");
    config.AddCommand<SchemasCommand>("schemas")
        .WithDescription("Write JSON Schemas of the front matter (for completion and squiggles in editors).")
        .WithExample("schemas", "--output", "schemas");
    config.AddBranch("theme", theme =>
    {
        theme.SetDescription("Work with the theme: `theme eject` copies the built-in theme into themes/default/ to edit it.");
        theme.AddCommand<ThemeEjectCommand>("eject")
            .WithDescription("Copy the built-in default theme into themes/default/ for editing (never overwrites a file).")
            .WithExample("theme", "eject", "--source", "mine");
    });
    config.AddCommand<LinksCommand>("links")
        .WithDescription("Check that every cited URL is alive (and still says its quote); polite, cached, CI-ready.")
        .WithExample("links")
        .WithExample("links", "--changed-since", "origin/main", "--format", "github")
        .WithExample("links", "--quiet", "--max-age", "0");
});
return app.Run(args, Interruption.Token);

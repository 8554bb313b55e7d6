using Dossier.Cli.Commands;
using Dossier.Links.Tests.Server;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// <c>dossier links</c> run in this process with the real parser and validation, against the loopback server only. The
/// timeout is long, so that a slow first request on a busy machine is not retried and request counts stay exact.
/// </summary>
public static class InProcessLinks
{
    public static Task<int> RunAsync(LinkServer server, TempDossier dossier, TextWriter output, params string[] extra) =>
        RunWithArchiveAsync(server, "/wayback/available", dossier, output, extra);

    /// <param name="wayback">The path of the fake Wayback availability API on the loopback server to use.</param>
    public static async Task<int> RunWithArchiveAsync(LinkServer server, string wayback, TempDossier dossier, TextWriter output, params string[] extra)
    {
        string[] arguments =
        [
            "links", "--source", dossier.Root, "--allow-host", "127.0.0.1", "--timeout", "10s", "--retries", "2",
            "--wayback", server.Url(wayback), .. extra,
        ];
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Interactive = InteractionSupport.No });
        var command = new LinksCommand(console, TextWriter.Null, output, TimeProvider.System);
        var app = new CommandApp(new InstanceRegistrar(new Dictionary<Type, object> { [typeof(LinksCommand)] = command }));
        app.Configure(config =>
        {
            config.PropagateExceptions();
            config.AddCommand<LinksCommand>("links");
        });
        return await app.RunAsync(arguments, TestContext.Current.CancellationToken);
    }

    /// <summary>The dossier's folder as reports name it, relative to the working directory, with a trailing slash.</summary>
    public static string Prefix(TempDossier dossier)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), dossier.Root).Replace('\\', '/');
        return relative == "." ? "" : relative + "/";
    }
}

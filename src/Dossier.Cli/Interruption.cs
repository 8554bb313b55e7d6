namespace Dossier.Cli;

/// <summary>
/// Ctrl-C (SIGINT). A command that can stop cleanly — <c>links</c> saves what it checked so far — calls
/// <see cref="StopGracefully"/>: the first Ctrl-C then cancels <see cref="Token"/> instead of ending the process.
/// Any other command ends at once as before (a build is atomic: an interrupted one leaves the previous site).
/// A second Ctrl-C always ends the process.
/// </summary>
public static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static bool _graceful;

    public static CancellationToken Token => Source.Token;

    /// <summary>Hooks Ctrl-C; called once at start-up.</summary>
    public static void Listen() => Console.CancelKeyPress += (_, e) =>
    {
        if (_graceful && !Source.IsCancellationRequested)
        {
            e.Cancel = true;
            Source.Cancel();
        }
    };

    /// <summary>From now on the first Ctrl-C cancels <see cref="Token"/> rather than ending the process.</summary>
    public static void StopGracefully() => _graceful = true;
}

namespace Dossier.Cli;

/// <summary>
/// The exit codes of every command, listed in the README and at the foot of <c>--help</c>, so a CI script can tell
/// "the content needs fixing" from "the command was called wrongly" from "the check could not run at all".
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Content errors (or warnings with <c>--strict</c>), failing links, a refused <c>new</c>.</summary>
    public const int Failed = 1;

    /// <summary>Wrong usage (an unknown option, a bad value) or configuration (no <c>dossier.yml</c>, a missing folder).</summary>
    public const int Usage = 2;

    /// <summary>The command could not do its work: no host name resolved (no network), a port that cannot be listened on.</summary>
    public const int CouldNotRun = 3;

    /// <summary>Ctrl-C (SIGINT), 128 + 2 as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Each code with what it means, in the order shown by <c>--help</c>.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Success, "success"),
        (Failed, "content errors, failing links, or a refused `new`"),
        (Usage, "wrong usage or configuration"),
        (CouldNotRun, "the check could not run (e.g. no network: no host name resolved)"),
        (Interrupted, "interrupted (Ctrl-C); `links` first saves what it checked"),
    ];
}

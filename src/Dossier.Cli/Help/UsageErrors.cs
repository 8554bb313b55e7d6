using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Help;

/// <summary>
/// What the command does with an exception that reached Spectre: a parse or validation error is wrong usage (2),
/// shown as Spectre shows it, on standard error; an interruption is 130; anything else is a failure to run (3),
/// with the exception, so a bug is reported rather than hidden.
/// </summary>
public static class UsageErrors
{
    public static int Handle(Exception exception, ITypeResolver? resolver)
    {
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        switch (exception)
        {
            case CommandAppException { Pretty: { } pretty }:
                errors.Write(pretty);
                return ExitCodes.Usage;
            case CommandAppException usage:
                errors.MarkupLineInterpolated($"[red]error:[/] {usage.Message}");
                return ExitCodes.Usage;
            case OperationCanceledException when Interruption.Token.IsCancellationRequested:
                return ExitCodes.Interrupted;
            default:
                errors.MarkupLineInterpolated($"[red]error:[/] the command stopped on an unexpected error: {exception}");
                return ExitCodes.CouldNotRun;
        }
    }
}

using Dossier.Cli.Output;
using Dossier.Collections;
using Dossier.Interchange;
using Dossier.Interchange.Import;
using Dossier.Reading;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier import &lt;file&gt;</c>: one citation file per BibTeX, RIS or CSL-JSON entry the dossier does not have yet.
/// Prints what it wrote, what was already there and what it skipped (with a diagnostic each). Exit codes: 0 every
/// entry written or already there, 1 some entry skipped or the file malformed (the others are still written),
/// 2 wrong usage (no such file, no dossier.yml).
/// </summary>
public sealed class ImportCommand : Command<ImportSettings>
{
    private readonly TimeProvider _clock;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public ImportCommand()
        : this(TimeProvider.System, Console.Out, Console.Error)
    {
    }

    /// <remarks>Internal: Spectre.Console.Cli builds commands with the greediest public constructor it can satisfy.</remarks>
    internal ImportCommand(TimeProvider clock, TextWriter output, TextWriter error)
    {
        _clock = clock;
        _output = output;
        _error = error;
    }

    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(settings.Source, SiteSettingsReader.FileName)))
        {
            _error.WriteLine($"error: `{settings.Source}` holds no {SiteSettingsReader.FileName}: run dossier import in the dossier's folder, or pass --source <DIR>");
            return ExitCodes.Usage;
        }

        var collections = SiteSettingsReader.ReadFrom(settings.Source).Collections;
        var result = CitationImport.Run(settings.Source, settings.File, settings.DryRun, collections, _clock);
        new DiagnosticPrinter(".", _error, _output).Print(result.Diagnostics, settings.Format);
        if (settings.Format == "json")
        {
            return result.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
        }

        Report(result, settings);
        return result.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
    }

    private void Report(ImportResult result, ImportSettings settings)
    {
        string Shown(string relative) => settings.Source == "." ? relative : Path.Join(settings.Source, relative);
        if (result.Format is { } format)
        {
            _output.WriteLine($"Read {settings.File} as {InterchangeFile.NameOf(format)}: {result.Outcomes.Count} entr{(result.Outcomes.Count == 1 ? "y" : "ies")}.");
        }

        foreach (var outcome in result.Outcomes)
        {
            var entry = outcome.Key.Length > 0 ? $"`{outcome.Key}` (line {outcome.Line})" : $"line {outcome.Line}";
            switch (outcome)
            {
                case ImportOutcome.Written written:
                    _output.WriteLine($"{(settings.DryRun ? "would write" : "wrote")} {Shown(written.RelativePath)} from {entry}");
                    if (settings.DryRun && !settings.Quiet)
                    {
                        foreach (var line in written.Text.TrimEnd('\n').Split('\n'))
                        {
                            _output.WriteLine("    " + line);
                        }
                    }
                    else if (!settings.Quiet)
                    {
                        foreach (var note in written.Notes)
                        {
                            _output.WriteLine($"    note: {note}");
                        }
                    }

                    break;
                case ImportOutcome.AlreadyThere there:
                    if (!settings.Quiet)
                    {
                        _output.WriteLine($"already there: {entry} is {Shown(there.RelativePath)} ({there.Because})");
                    }

                    break;
                case ImportOutcome.Skipped skipped:
                    _output.WriteLine($"skipped {entry}: {skipped.Reason}");
                    break;
            }
        }

        var writtenCount = result.Outcomes.OfType<ImportOutcome.Written>().Count();
        var thereCount = result.Outcomes.OfType<ImportOutcome.AlreadyThere>().Count();
        var skippedCount = result.Outcomes.OfType<ImportOutcome.Skipped>().Count();
        var verb = settings.DryRun ? "Would write" : "Wrote";
        var summary = $"{verb} {writtenCount} citation file{(writtenCount == 1 ? "" : "s")}; {thereCount} already in the dossier; {skippedCount} skipped.";
        if (writtenCount == 0 && thereCount > 0 && skippedCount == 0)
        {
            summary += " Nothing new: every entry was imported before.";
        }

        _output.WriteLine(summary);
        if (writtenCount > 0 && !settings.DryRun)
        {
            _output.WriteLine("Next: read each new file's notes, cite the sources with [@id], then run `dossier check`.");
        }
    }
}

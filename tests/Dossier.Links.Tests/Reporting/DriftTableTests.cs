using Dossier.Diagnostics;
using Dossier.Links.Audit;
using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Reporting;
using Dossier.Links.Targets;
using Spectre.Console;

namespace Dossier.Links.Tests.Reporting;

/// <summary>On a terminal, quotes on pages changed around them get a table of their own after the verdicts, with --quiet too.</summary>
public sealed class DriftTableTests
{
    [Fact]
    public void Quotes_on_changed_pages_get_their_own_table_even_when_quiet()
    {
        // Given a run whose only finding is a quote still found on a page changed around it
        var target = new LinkTarget("https://example.org/a", TargetKind.NoteQuote, "claims", new SourceSpan("content/articles/claims.md", 6, 23))
        {
            Quote = "words",
            CitedId = "src",
        };
        var result = new LinkResult("https://example.org/a", Verdict.Ok, "HTTP 200 OK", DateTimeOffset.UnixEpoch);
        var finding = new LinkFinding(target, Verdict.Ok, "HTTP 200 OK; quote found", result) { Drift = new QuoteDrift(new DateOnly(2026, 11, 20)) };
        var audit = new AuditResult([finding], LinkCache.Empty, FailurePolicy.Default);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 240;

        // When the tables are written with --quiet
        TextReport.Write(audit, console, quiet: true);

        // Then the ok finding is left out but its drift is shown, and nothing fails
        var text = output.ToString();
        Assert.Contains("page changed, quote still there (1)", text, StringComparison.Ordinal);
        Assert.Contains("content/articles/claims.md:6", text, StringComparison.Ordinal);
        Assert.Contains("the words around the quote differ from those recorded on 2026-11-20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Citations", text, StringComparison.Ordinal);
        Assert.Equal(0, audit.ExitCode);
    }
}

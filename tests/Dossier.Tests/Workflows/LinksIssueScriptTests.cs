namespace Dossier.Tests.Workflows;

/// <summary>
/// <c>.github/scripts/links-issue.sh</c>, run for real with a fake <c>gh</c>: one issue (label <c>links</c>) says what fails,
/// is closed when everything passes, and is left alone when the check could not run.
/// </summary>
public sealed class LinksIssueScriptTests : IDisposable
{
    private const string Script = "links-issue.sh";
    private const string Report = "## Link check\n\n10 URLs checked (0 from cache): **1 failing**.\n";

    private readonly ScriptRepository _repository = new();

    public LinksIssueScriptTests() => _repository.Write("links-report.md", Report);

    [Fact]
    public void Failing_links_open_an_issue_labelled_links_whose_body_is_the_report()
    {
        var outcome = _repository.Run(Script, ["1", "links-report.md"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(3, outcome.GhCalls.Count);
        Assert.StartsWith("label create links ", outcome.GhCalls[0], StringComparison.Ordinal);
        Assert.StartsWith("issue list --label links --state open", outcome.GhCalls[1], StringComparison.Ordinal);
        Assert.StartsWith("issue create --title Links that fail the scheduled check --label links --body-file ", outcome.GhCalls[2], StringComparison.Ordinal);
        Assert.StartsWith(Report, outcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_links_with_the_issue_open_replace_its_body_and_open_no_second_one()
    {
        var outcome = _repository.Run(Script, ["1", "links-report.md"], openIssue: "12");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("issue edit 12 --title Links that fail the scheduled check --body-file ", outcome.GhCalls[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.GhCalls, c => c.StartsWith("issue create", StringComparison.Ordinal));
        Assert.StartsWith(Report, outcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_link_passes_the_open_issue_is_closed()
    {
        var outcome = _repository.Run(Script, ["0", "links-report.md"], openIssue: "12");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(2, outcome.GhCalls.Count);
        Assert.StartsWith("issue close 12 --comment Every link passes", outcome.GhCalls[1], StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_link_passes_and_no_issue_is_open_nothing_is_created_or_closed()
    {
        var outcome = _repository.Run(Script, ["0", "links-report.md"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("issue list --label links --state open", Assert.Single(outcome.GhCalls), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "::warning title=Link check::no host name could be resolved")]
    [InlineData(2, "::error title=Link check::dossier links exited with 2")]
    public void A_check_that_could_not_run_leaves_the_issue_alone_and_fails_the_step(int code, string annotation)
    {
        // Given a run without network (exit 3) whose report calls nothing dead, or a run that failed outright
        var outcome = _repository.Run(Script, [code.ToString(System.Globalization.CultureInfo.InvariantCulture), "links-report.md"], openIssue: "12");

        // Then no issue is opened, edited or closed, and the step fails with the reason
        Assert.Equal(code, outcome.ExitCode);
        Assert.Empty(outcome.GhCalls);
        Assert.Contains(annotation, outcome.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();
}

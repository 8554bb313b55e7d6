namespace Dossier.Tests.Workflows;

/// <summary>
/// <c>.github/scripts/links-pull-request.sh</c>, run for real in a temporary clone with a fake <c>gh</c>: one pull request
/// from one branch holds what <c>dossier links --write</c> changed, and nothing happens when nothing changed.
/// </summary>
public sealed class LinksPullRequestScriptTests : IDisposable
{
    private const string Script = "links-pull-request.sh";
    private const string Dead = "---\ntitle: Gone\nurl: https://gone.example/\nurl_status: dead\nchecked: 2026-12-07\n---\n";

    private readonly ScriptRepository _repository = new();

    [Fact]
    public void When_no_citation_changed_there_is_no_pull_request_and_no_branch()
    {
        // Given a checkout in which --write changed nothing (the report lies untracked beside it, a tracked file outside content/ changed)
        _repository.Write("links-report.md", "## Link check\n");
        _repository.Write("dossier.yml", "title: Touched by something else\n");

        // When the script runs
        var outcome = _repository.Run(Script, []);

        // Then gh is never called and nothing is pushed
        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(outcome.GhCalls);
        Assert.Contains("no pull request", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal("", _repository.Origin("branch", "--list", "links/url-status"));
    }

    [Fact]
    public void Changed_citations_are_pushed_to_the_fixed_branch_and_a_pull_request_is_created_against_main()
    {
        // Given --write recorded one source dead; the report file lies untracked and a file outside content/ changed too
        _repository.Write("content/citations/gone.md", Dead);
        _repository.Write("links-report.md", "## Link check\n");
        _repository.Write("dossier.yml", "title: Touched by something else\n");

        // When the script runs with no pull request open
        var outcome = _repository.Run(Script, []);

        // Then the branch on origin holds exactly that file's change on top of main
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("content/citations/gone.md\n", _repository.Origin("diff", "--name-only", "main", "links/url-status"));
        Assert.Equal(Dead, _repository.Origin("show", "links/url-status:content/citations/gone.md"));

        // And gh looked for the open pull request of that branch, found none and created one, its body naming the file
        Assert.Equal(2, outcome.GhCalls.Count);
        Assert.StartsWith("pr list --head links/url-status --state open", outcome.GhCalls[0], StringComparison.Ordinal);
        Assert.StartsWith("pr create --head links/url-status --base main --title Record what the link check found in the citations --body-file ",
            outcome.GhCalls[1], StringComparison.Ordinal);
        Assert.Contains("- `content/citations/gone.md`", outcome.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("kept.md", outcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_pull_request_is_updated_and_its_branch_force_pushed_with_this_runs_findings()
    {
        // Given last week's run left the branch with another change, its pull request #7 still open
        _repository.Write("content/citations/kept.md", "---\ntitle: Kept\nurl: https://kept.example/\nurl_status: dead\n---\n");
        Assert.Equal(0, _repository.Run(Script, []).ExitCode);
        _repository.Git("switch", "--quiet", "--force", "main");

        // When this week's run recorded only the other source
        _repository.Write("content/citations/gone.md", Dead);
        var outcome = _repository.Run(Script, [], openPullRequest: "7");

        // Then the branch holds only this week's change (rebuilt, not stacked) and #7 is edited, not a second one created
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("content/citations/gone.md\n", _repository.Origin("diff", "--name-only", "main", "links/url-status"));
        Assert.Equal(2, outcome.GhCalls.Count);
        Assert.StartsWith("pr edit 7 --title Record what the link check found in the citations --body-file ", outcome.GhCalls[1], StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.GhCalls, c => c.StartsWith("pr create", StringComparison.Ordinal));
    }

    public void Dispose() => _repository.Dispose();
}

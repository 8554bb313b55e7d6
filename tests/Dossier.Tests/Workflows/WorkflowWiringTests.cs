using Dossier.Links.Cache;

namespace Dossier.Tests.Workflows;

/// <summary>
/// The GitHub workflows, this repository's and the ones <c>dossier init</c> writes, wired as verified footnotes need:
/// Pages restores the cache the Links workflow saves before it builds; the scheduled check records its findings in one
/// pull request and one issue with only the permissions that needs, never on a pull request's own run.
/// </summary>
public sealed class WorkflowWiringTests
{
    [Theory]
    [MemberData(nameof(WorkflowSet.Both), MemberType = typeof(WorkflowSet))]
    public void Every_workflow_parses_as_yaml_with_jobs_of_steps(string origin)
    {
        var set = WorkflowSet.Of(origin);

        Assert.Equal(["ci.yml", "links.yml", "pages.yml"], set.Workflows.Keys.Order(StringComparer.Ordinal));
        foreach (var name in set.Workflows.Keys)
        {
            var workflow = set.File(name);
            Assert.NotEmpty(workflow.Triggers);
            Assert.All(workflow.Jobs, job => Assert.NotEmpty(job.Steps));
        }
    }

    [Theory]
    [MemberData(nameof(WorkflowSet.Both), MemberType = typeof(WorkflowSet))]
    public void Pages_restores_the_cache_links_saves_before_it_builds_and_never_fails_without_one(string origin)
    {
        var set = WorkflowSet.Of(origin);
        var build = set.File("pages.yml").Job("build");

        // The restore step comes before the build and restores the file the build reads by default
        var restore = build.Step(s => s.UsesAction("actions/cache/restore"), "restores a cache");
        var site = build.Step(s => s.Run.Contains("build --output _site", StringComparison.Ordinal), "builds the site");
        Assert.True(restore.Index < site.Index, "the link cache must be restored before the site is built");
        Assert.Equal(LinkCache.DefaultPath, restore.With["path"]);
        Assert.DoesNotContain("--link-cache", site.Run, StringComparison.Ordinal);

        // A missing cache is no failure: nothing asks for an exact hit
        Assert.NotEqual("true", restore.With.GetValueOrDefault("fail-on-cache-miss"));

        // Every key the Links workflow saves the same file under is found by one of the restore-keys prefixes
        var prefixes = restore.With["restore-keys"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var saves = set.File("links.yml").Jobs.SelectMany(j => j.Steps).Where(s => s.UsesAction("actions/cache/save")).ToList();
        Assert.NotEmpty(saves);
        Assert.All(saves, save =>
        {
            Assert.Equal(LinkCache.DefaultPath, save.With["path"]);
            Assert.Contains(prefixes, p => save.With["key"].StartsWith(p, StringComparison.Ordinal));
            // A new key each run: a cache key, once saved, can never be saved again
            Assert.Contains("${{ github.run_id }}", save.With["key"], StringComparison.Ordinal);
            Assert.Equal("always()", save.If);
        });
    }

    [Theory]
    [MemberData(nameof(WorkflowSet.Both), MemberType = typeof(WorkflowSet))]
    public void Pages_rebuilds_after_a_scheduled_link_check_but_not_after_a_pull_requests(string origin)
    {
        var pages = WorkflowSet.Of(origin).File("pages.yml");

        Assert.Contains("workflow_run", pages.Triggers);
        Assert.Equal("github.event_name != 'workflow_run' || github.event.workflow_run.event != 'pull_request'", pages.Job("build").If);
    }

    [Theory]
    [MemberData(nameof(WorkflowSet.Both), MemberType = typeof(WorkflowSet))]
    public void The_scheduled_check_writes_then_opens_one_pull_request_and_one_issue_then_saves_the_cache(string origin)
    {
        var set = WorkflowSet.Of(origin);
        var links = set.File("links.yml");
        Assert.Contains("schedule", links.Triggers);
        Assert.Contains("workflow_dispatch", links.Triggers);
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, links.Permissions);

        // The job that writes has exactly the permissions its steps need, and never runs for a pull request
        var check = links.Jobs.Single(j => j.Steps.Any(s => s.Run.Contains("links --write", StringComparison.Ordinal)));
        Assert.Equal("github.event_name != 'pull_request'", check.If);
        Assert.Equal(
            new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write", ["issues"] = "write" },
            check.Permissions);

        // Its steps, in order: restore, check and write (keeping the exit code), pull request, issue, save
        var restore = check.Step(s => s.UsesAction("actions/cache/restore"), "restores the cache");
        var write = check.Step(s => s.Run.Contains("links --write --format markdown > links-report.md", StringComparison.Ordinal), "checks and writes");
        var pullRequest = check.Step(s => s.Run == "bash .github/scripts/links-pull-request.sh", "opens the pull request");
        var issue = check.Step(s => s.Run.StartsWith("bash .github/scripts/links-issue.sh", StringComparison.Ordinal), "keeps the issue");
        var save = check.Step(s => s.UsesAction("actions/cache/save"), "saves the cache");
        Assert.Equal([restore.Index, write.Index, pullRequest.Index, issue.Index, save.Index], new[] { restore.Index, write.Index, pullRequest.Index, issue.Index, save.Index }.Order());
        Assert.All(new[] { write, pullRequest, issue, save }, s => Assert.False(string.IsNullOrWhiteSpace(s.Name), "each step says what it does in the log"));

        // The exit code reaches the issue step (so exit 3, no network, opens no issue), which runs even when the pull request failed
        Assert.Equal("check", write.Id);
        Assert.Contains("|| status=$?", write.Run, StringComparison.Ordinal);
        Assert.Contains("echo \"status=$status\" >> \"$GITHUB_OUTPUT\"", write.Run, StringComparison.Ordinal);
        Assert.Equal("bash .github/scripts/links-issue.sh \"${{ steps.check.outputs.status }}\" links-report.md", issue.Run);
        Assert.Equal("${{ !cancelled() && steps.check.outcome == 'success' }}", issue.If);
        Assert.All(new[] { pullRequest, issue }, s => Assert.Equal("${{ github.token }}", s.Env["GH_TOKEN"]));

        // The scripts named are the ones the set carries
        Assert.True(set.Scripts.ContainsKey("links-pull-request.sh"));
        Assert.True(set.Scripts.ContainsKey("links-issue.sh"));
    }

    [Theory]
    [MemberData(nameof(WorkflowSet.Both), MemberType = typeof(WorkflowSet))]
    public void Pull_requests_keep_their_annotations_and_nothing_that_writes_runs_for_them(string origin)
    {
        var links = WorkflowSet.Of(origin).File("links.yml");

        // Pull requests still get annotations for the citations they change, with read-only permissions
        Assert.Contains("pull_request", links.Triggers);
        var annotate = links.Jobs.Single(j => j.Steps.Any(s => s.Run.Contains("--changed-since", StringComparison.Ordinal)));
        Assert.Equal("github.event_name == 'pull_request'", annotate.If);
        Assert.Empty(annotate.Permissions);
        Assert.Contains("--format github", annotate.Step(s => s.Run.Contains("--changed-since", StringComparison.Ordinal), "annotates").Run, StringComparison.Ordinal);

        // Every job that can write, or touches the pull request and issue scripts or --write, is kept off pull requests
        foreach (var job in links.Jobs)
        {
            var writes = job.Permissions.Values.Contains("write")
                || job.Steps.Any(s => s.Run.Contains(".github/scripts/", StringComparison.Ordinal) || s.Run.Contains("--write", StringComparison.Ordinal));
            if (writes)
            {
                Assert.Equal("github.event_name != 'pull_request'", job.If);
                Assert.All(job.Steps, s => Assert.DoesNotContain("pull_request", s.If ?? "", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("links.yml")]
    [InlineData("pages.yml")]
    public void The_starters_workflows_are_the_repositorys_on_the_installed_tool(string name)
    {
        // Given the starter's workflow, without its pinned install, with the installed tool's command spelled as this repository runs it
        var starter = WorkflowSet.Of(WorkflowSet.Starter).Workflows[name]
            .Replace("env:\n  DOSSIER_VERSION: \"9.8.7\"\n\n", "", StringComparison.Ordinal)
            .Replace("      - name: Install dossier\n        run: dotnet tool install --global Dossier.Cli --version \"$DOSSIER_VERSION\"\n", "", StringComparison.Ordinal)
            .Replace("dossier links ", "dotnet run --project src/Dossier.Cli -- links ", StringComparison.Ordinal)
            .Replace("dossier build ", "dotnet run --project src/Dossier.Cli -- build ", StringComparison.Ordinal);

        // Then it is this repository's, line for line
        Assert.Equal(WorkflowSet.Of(WorkflowSet.Repository).Workflows[name], starter);
    }

    [Fact]
    public void The_starter_carries_the_repositorys_scripts_unchanged()
    {
        var repository = WorkflowSet.Of(WorkflowSet.Repository).Scripts;
        var starter = WorkflowSet.Of(WorkflowSet.Starter).Scripts;

        Assert.Equal(["links-issue.sh", "links-pull-request.sh"], repository.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(repository.Keys.Order(StringComparer.Ordinal), starter.Keys.Order(StringComparer.Ordinal));
        Assert.All(repository, script => Assert.Equal(script.Value, starter[script.Key]));
    }
}

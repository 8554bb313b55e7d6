using Dossier.Build;

namespace Dossier.Tests.Build;

/// <summary>"Last updated" comes from one git log: the newest commit touching each file, or nothing outside git.</summary>
public sealed class ReadCommitDatesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-git-").FullName;
    private string? _committerDate;

    [Fact]
    public void Each_file_gets_the_date_of_the_last_commit_that_touched_it()
    {
        // Given a repository where a.md changed in 2024 and again in 2025, and b.md only in 2024
        Git("init", "-q");
        Write("content/a.md", "one");
        Write("content/b.md", "one");
        Commit("2024-03-01T12:00:00+00:00");
        Write("content/a.md", "two");
        Commit("2025-06-30T12:00:00+00:00");
        Write("content/c.md", "not committed");

        // When the dates are read
        var dates = ReadCommitDates.Run(_folder);

        // Then each file has its own last date, and an uncommitted file has none
        Assert.Equal(new DateOnly(2025, 6, 30), dates["content/a.md"]);
        Assert.Equal(new DateOnly(2024, 3, 1), dates["content/b.md"]);
        Assert.False(dates.ContainsKey("content/c.md"));
    }

    [Fact]
    public void A_rebuild_reads_the_log_again_only_after_a_commit()
    {
        // Given a repository read once, with the commit it was read at
        Git("init", "-q");
        Write("content/a.md", "one");
        Commit("2024-03-01T12:00:00+00:00");
        var first = ReadCommitDates.Run(_folder, earlier: null)!;
        Assert.Equal(new DateOnly(2024, 3, 1), first.Dates["content/a.md"]);

        // When a file changes but nothing is committed, the dates read before are the answer
        Write("content/a.md", "two");
        var second = ReadCommitDates.Run(_folder, first);
        Assert.Same(first, second);

        // When it is committed, the log is read again
        Commit("2025-06-30T12:00:00+00:00");
        Assert.Equal(new DateOnly(2025, 6, 30), ReadCommitDates.Run(_folder, second)!.Dates["content/a.md"]);
    }

    [Fact]
    public void Outside_a_repository_there_are_no_dates()
    {
        Write("content/a.md", "one");

        Assert.Empty(ReadCommitDates.Run(_folder));
        Assert.Null(ReadCommitDates.Run(_folder, earlier: null));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string path, string text)
    {
        var file = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private void Commit(string date)
    {
        // The build reads committer dates; a real commit would have them, so set them as git would.
        _committerDate = date;
        Git("add", "-A");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "change", "--date", date);
    }

    private void Git(params string[] arguments)
    {
        var environment = new Dictionary<string, string>();
        if (_committerDate is not null)
        {
            environment["GIT_COMMITTER_DATE"] = _committerDate;
        }

        GitCommand.Run(_folder, environment, arguments);
    }
}

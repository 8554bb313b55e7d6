using Dossier.Collections;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

/// <summary>
/// Given the paths a watcher saw change, a reader reads those content files and takes every other one as it was —
/// and whenever what changed is not fully known, it checks every file.
/// </summary>
public sealed class SourceChangesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dossier-changes-").FullName;
    private readonly KnownFiles _known = new();
    private readonly SourceChanges _changes = new();

    public SourceChangesTests()
    {
        Write("content/countries/kazakhstan.md", "Kazakhstan");
        Write("content/countries/uzbekistan.md", "Uzbekistan");
        Write("content/citations/source.md", "Source");
        _changes.StartTracking();
        Assert.Equal(["content/countries/kazakhstan.md", "content/countries/uzbekistan.md", "content/citations/source.md"], Read()); // the first read checks everything
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Only_reported_files_are_read_again()
    {
        // Given two edits, of which the watcher reports one
        var reported = Write("content/countries/kazakhstan.md", "Kazakhstan, edited");
        Write("content/countries/uzbekistan.md", "Uzbekistan, edited");
        _changes.Changed(reported);

        // Then the reported file is read again and the other is taken as it was (not even checked)
        var files = ReadFiles();
        Assert.Contains("Kazakhstan, edited", files["content/countries/kazakhstan.md"]);
        Assert.DoesNotContain("edited", files["content/countries/uzbekistan.md"]);

        // And when the watcher says it lost changes, everything is checked again
        _changes.Lost();
        Assert.Contains("Uzbekistan, edited", ReadFiles()["content/countries/uzbekistan.md"]);
    }

    [Fact]
    public void Reported_additions_deletions_and_renames_keep_the_listing_in_order()
    {
        _changes.Changed(Write("content/countries/afghanistan.md", "Afghanistan"));
        _changes.Changed(Write("content/countries/tajikistan.md", "Tajikistan"));
        _changes.Changed(Write("content/citations/another.md", "Another"));
        Assert.Equal(
            ["content/countries/afghanistan.md", "content/countries/kazakhstan.md", "content/countries/tajikistan.md", "content/countries/uzbekistan.md", "content/citations/another.md", "content/citations/source.md"],
            Read());

        var from = Path.Combine(_root, "content", "countries", "kazakhstan.md");
        var to = Path.Combine(_root, "content", "countries", "qazaqstan.md");
        File.Move(from, to);
        _changes.Changed(from);
        _changes.Changed(to);
        File.Delete(Path.Combine(_root, "content", "citations", "source.md"));
        _changes.Changed(Path.Combine(_root, "content", "citations", "source.md"));

        var expected = new[] { "content/countries/afghanistan.md", "content/countries/qazaqstan.md", "content/countries/tajikistan.md", "content/countries/uzbekistan.md", "content/citations/another.md" };
        Assert.Equal(expected, Read());
        // The same as a reader that checks every file finds
        Assert.Equal(expected, new ContentReader(_root, ContentReader.DefaultMaxFileBytes).ReadContent(CollectionSet.BuiltIn, new DiagnosticBag()).Select(f => f.File.RelativePath));
    }

    [Fact]
    public void A_change_to_a_collection_folder_itself_means_every_file_is_checked()
    {
        // Given a folder moved in place of content/countries (its files are not reported one by one)
        var countries = Path.Combine(_root, "content", "countries");
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "mongolia.md"), "---\ntitle: Mongolia\n---\n");
        Directory.Delete(countries, recursive: true);
        Directory.Move(elsewhere, countries);
        _changes.Changed(countries);

        Assert.Equal(["content/countries/mongolia.md", "content/citations/source.md"], Read());
    }

    [Fact]
    public void Changes_elsewhere_are_not_content_and_read_nothing_again()
    {
        Write("content/countries/uzbekistan.md", "Uzbekistan, edited");
        _changes.Changed(Path.Combine(_root, "themes", "default", "layouts", "page.liquid"));
        Assert.DoesNotContain("edited", ReadFiles()["content/countries/uzbekistan.md"]);
    }

    [Fact]
    public void A_change_of_the_settings_checks_every_file_since_they_may_declare_collections()
    {
        Write("content/countries/uzbekistan.md", "Uzbekistan, edited");
        _changes.Changed(Path.Combine(_root, "dossier.yml"));
        Assert.Contains("edited", ReadFiles()["content/countries/uzbekistan.md"]);
    }

    [Fact]
    public void Without_tracking_every_read_checks_every_file()
    {
        var untracked = new SourceChanges();
        Assert.Null(untracked.Take());
        untracked.Changed(Path.Combine(_root, "content", "countries", "kazakhstan.md"));
        Assert.Null(untracked.Take());

        // Tracking starts with what is unknown: whatever happened before the watcher started
        untracked.StartTracking();
        Assert.Null(untracked.Take());
        Assert.Equal([], untracked.Take()!);
    }

    [Fact]
    public void A_folder_with_a_symbolic_link_is_always_read_whole()
    {
        // Given a country that is a link to a file elsewhere in the source folder (the watcher sees the link, not its target)
        var shared = Path.Combine(_root, "shared.md");
        File.WriteAllText(shared, "---\ntitle: Turkmenistan\n---\n");
        File.CreateSymbolicLink(Path.Combine(_root, "content", "countries", "turkmenistan.md"), shared);
        _changes.Lost();
        Read();

        // When the target changes and nothing is reported
        File.WriteAllText(shared, "---\ntitle: Turkmenistan, edited\n---\n");

        // Then the reader still sees it
        Assert.Contains("edited", ReadFiles()["content/countries/turkmenistan.md"]);
    }

    private string Write(string relative, string title)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: {title}\n---\n\n{title}.\n");
        // An hour ago, so only the watcher's report (not the racy-timestamp rule) makes a file read again.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        return path;
    }

    private IReadOnlyList<ContentFile> ReadAll() =>
        new ContentReader(_root, ContentReader.DefaultMaxFileBytes, _known).ReadContent(CollectionSet.BuiltIn, new DiagnosticBag(), _changes.Take());

    private List<string> Read() => ReadAll().Select(f => f.File.RelativePath).ToList();

    private Dictionary<string, string> ReadFiles() => ReadAll().ToDictionary(f => f.File.RelativePath, f => f.File.Text);
}

using Dossier.Collections;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

/// <summary>A reader given what it read before reads again only files whose length or modification time changed, or that were modified just before being read.</summary>
public sealed class KnownFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dossier-known-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_with_the_same_length_and_time_is_not_read_again()
    {
        // Given a country file last modified an hour ago, read once
        var path = WriteCountry("Kazakhstan", DateTime.UtcNow.AddHours(-1));
        var known = new KnownFiles();
        Assert.Contains("Kazakhstan", Read(known));

        // When its bytes change but its length and modification time are put back (only a deliberate act does this)
        ChangeKeepingLengthAndTime(path);

        // Then the reader trusts what it read before; without the memory, it reads the file
        Assert.Contains("Kazakhstan", Read(known));
        Assert.Contains("Kazakhstax", Read(null));
    }

    [Fact]
    public void A_file_modified_just_before_it_was_read_is_read_again()
    {
        // Given a file written a moment ago, read once
        var path = WriteCountry("Kazakhstan", DateTime.UtcNow);
        var known = new KnownFiles();
        Assert.Contains("Kazakhstan", Read(known));

        // When it changes within the same timestamp and length (as on a file system with coarse timestamps)
        ChangeKeepingLengthAndTime(path);

        // Then the reader does not trust its earlier read: the change is seen
        Assert.Contains("Kazakhstax", Read(known));
    }

    [Fact]
    public void A_changed_or_deleted_file_is_not_taken_from_memory()
    {
        var path = WriteCountry("Kazakhstan", DateTime.UtcNow.AddHours(-1));
        var known = new KnownFiles();
        Read(known);

        File.AppendAllText(path, "More text.\n");
        Assert.Contains("More text.", Read(known));

        File.Delete(path);
        Assert.Equal("", Read(known));
    }

    /// <summary>One letter changed, the length kept, the modification time put back.</summary>
    private static void ChangeKeepingLengthAndTime(string path)
    {
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("Kazakhstan", "Kazakhstax", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
    }

    private string WriteCountry(string title, DateTime modified)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "content", "countries")).FullName;
        var path = Path.Combine(folder, "kazakhstan.md");
        File.WriteAllText(path, $"---\ntitle: {title}\niso3: KAZ\n---\n\n{title} is in Central Asia.\n");
        File.SetLastWriteTimeUtc(path, modified);
        return path;
    }

    private string Read(KnownFiles? known) =>
        string.Concat(new ContentReader(_root, ContentReader.DefaultMaxFileBytes, known).ReadContent(CollectionSet.BuiltIn, new DiagnosticBag()).Select(f => f.File.Text));
}

using System.Diagnostics;
using System.Text;
using Dossier.Diagnostics;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Input built to break the build, as pull requests from anyone may carry it. Each case must end in a
/// positioned diagnostic (never an exception, never silence) within a bounded time.
/// </summary>
public sealed class HostileInputTests
{
    private const string Country = "---\ntitle: Mongolia\niso3: MNG\n---\nText.\n";

    public static TheoryData<string> Cases() => new(HostileCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_gets_its_diagnostic_in_bounded_time(string name)
    {
        // Given a valid dossier plus one hostile file
        var hostile = HostileCases.All[name];
        using var dossier = new TempDossier().MinimalValid();
        dossier.WriteBytes(hostile.Path, hostile.Bytes());

        // When it is checked
        var clock = Stopwatch.StartNew();
        var diagnostics = dossier.Check();
        clock.Stop();

        // Then the expected error is reported where it should be, and the check stayed quick
        var expected = diagnostics.Where(d => d.Code.Id == hostile.Code).ToList();
        Assert.True(expected.Count > 0, $"no {hostile.Code}; got: {string.Join(" | ", diagnostics)}");
        Assert.All(expected, d => Assert.True(d.IsError));
        Assert.Equal(hostile.Position, expected[0].Span.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_50_MB_file_is_refused_unread_and_the_limit_is_configurable()
    {
        using var dossier = new TempDossier().MinimalValid();
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        Encoding.ASCII.GetBytes("---\ntitle: Big\niso3: BIG\n---\n").CopyTo(big, 0);
        dossier.WriteBytes("content/countries/big.md", big);

        var diagnostics = dossier.Check();

        var refused = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.FileTooLarge);
        Assert.Equal("content/countries/big.md:1:1", refused.Span.ToString());
        Assert.Contains("51,200 KB, more than the limit of 5,120 KB", refused.Message, StringComparison.Ordinal);

        // A raised limit reads it (and finds no error in it).
        var raised = Dossier.Build.BuildPipeline.Run(new Dossier.Build.BuildOptions(dossier.Root, Path.Combine(dossier.Root, "_site"))
        {
            WriteOutput = false,
            MaxFileBytes = 64L * 1024 * 1024,
            Clock = new ManualClock(TempDossier.DefaultNow),
        });
        Assert.DoesNotContain(raised.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_source_folder_is_refused_and_not_read()
    {
        // Given a country file that is a link to a file outside the dossier
        using var dossier = new TempDossier().MinimalValid();
        var outside = Path.Combine(Path.GetTempPath(), $"dossier-secret-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, "---\ntitle: SECRET-CONTENT\niso3: SEC\n---\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(dossier.Root, "content", "countries", "secret.md"), outside);

            // When it is checked and built
            var diagnostics = dossier.Check();

            // Then the link is refused, and nothing of the outside file is read
            var refused = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SymlinkOutside);
            Assert.Equal("content/countries/secret.md:1:1", refused.Span.ToString());
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_symbolic_link_inside_the_source_folder_is_followed()
    {
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("notes/mongolia.md", Country);
        File.CreateSymbolicLink(Path.Combine(dossier.Root, "content", "countries", "mongolia.md"), Path.Combine(dossier.Root, "notes", "mongolia.md"));

        Assert.Empty(dossier.Check());
    }

    [Fact]
    public void A_linked_collection_folder_leading_outside_is_refused()
    {
        using var dossier = new TempDossier().MinimalValid();
        var outside = Directory.CreateTempSubdirectory("dossier-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "x.md"), Country);
            Directory.Delete(Path.Combine(dossier.Root, "content", "countries"), recursive: true);
            Directory.CreateSymbolicLink(Path.Combine(dossier.Root, "content", "countries"), outside);

            var diagnostics = dossier.Check();

            Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.SymlinkOutside && d.Span.Path == "content/countries");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported()
    {
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/locked.md", Country);
        var path = Path.Combine(dossier.Root, "content", "countries", "locked.md");
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes do not exist on Windows");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }
        if (TryRead(path))
        {
            Assert.Skip("running as root: file permissions do not stop root from reading, so this case cannot be made here");
        }

        var diagnostics = dossier.Check();

        var unreadable = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.Unreadable);
        Assert.Equal("content/countries/locked.md:1:1", unreadable.Span.ToString());
    }

    [Fact]
    public void Crlf_and_lone_cr_line_endings_and_a_bom_keep_positions_right()
    {
        using var dossier = new TempDossier().MinimalValid();
        dossier.WriteBytes("content/countries/crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: A\r\niso3: ab\r\n---\r\n")]);
        dossier.Write("content/countries/cr.md", "---\rtitle: B\riso3: cd\r---\r");

        var positions = dossier.Check().Where(d => d.Code == DiagnosticCodes.InvalidValue).Select(d => d.Span.ToString()).ToList();

        Assert.Equal(["content/countries/cr.md:3:7", "content/countries/crlf.md:3:7"], positions);
    }

    private static bool TryRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

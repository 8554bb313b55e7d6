using System.Runtime.CompilerServices;
using Dossier.Build;
using Dossier.Cli.Output;
using Dossier.Diagnostics;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// One broken fixture per diagnostic code under Corpus/&lt;code&gt;-&lt;name&gt;/: files laid over the small fixture
/// (and paths in delete.txt removed). The exact text an editor reads — position, source line, caret, hint —
/// is compared with the case's reviewed expected.txt. DOSSIER_UPDATE_GOLDEN=1 rewrites them for review.
/// </summary>
public sealed class DiagnosticCorpusTests
{
    /// <summary>Codes with no corpus case, and why.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        ["DOS024"] = "output-folder refusals happen only when writing; see CheckCommandTests",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CorpusRoot()).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_what_its_expected_file_says(string name)
    {
        // Given the small fixture with the case's broken files
        var folder = Path.Combine(CorpusRoot(), name);
        using var site = FixtureSite.Named("small");
        Overlay(folder, site.Root);

        // When it is checked and printed as the CLI prints
        var result = BuildPipeline.Run(new BuildOptions(site.Root, site.Output)
        {
            WriteOutput = false,
            Clock = new FixedClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)),
        });
        using var text = new StringWriter { NewLine = "\n" };
        new DiagnosticPrinter(site.Root, text, TextWriter.Null).Print(result.Diagnostics, "text");

        // Then the case's own code is among the diagnostics, and the output is exactly the reviewed text
        var code = name[..6];
        Assert.Contains(result.Diagnostics, d => d.Code.Id == code);
        var expected = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expected, text.ToString());
        }

        Assert.Equal(File.ReadAllText(expected), text.ToString());
    }

    [Fact]
    public void Every_diagnostic_code_has_a_corpus_case_or_a_reason()
    {
        var covered = Directory.EnumerateDirectories(CorpusRoot()).Select(f => Path.GetFileName(f)[..6]).ToHashSet();
        var missing = DiagnosticCodes.All.Select(c => c.Id).Where(id => !covered.Contains(id) && !Exempt.ContainsKey(id)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Case_folders_are_named_after_their_code()
    {
        foreach (var folder in Directory.EnumerateDirectories(CorpusRoot()).Select(Path.GetFileName))
        {
            var code = DiagnosticCodes.All.SingleOrDefault(c => folder!.StartsWith(c.Id, StringComparison.Ordinal));
            Assert.NotNull(code);
            Assert.Equal($"{code!.Id}-{code.Name}", folder);
        }
    }

    private static void Overlay(string folder, string root)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative is "expected.txt" or "delete.txt")
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var deletions = Path.Combine(folder, "delete.txt");
        if (File.Exists(deletions))
        {
            foreach (var path in File.ReadAllLines(deletions).Where(l => l.Length > 0))
            {
                File.Delete(Path.Combine(root, path));
            }
        }
    }

    private static string CorpusRoot([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Corpus");
}

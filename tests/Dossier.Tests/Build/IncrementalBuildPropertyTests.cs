using CsCheck;
using Dossier.Build;
using Dossier.Build.Incremental;
using Dossier.Tests.Fixtures;
using Dossier.Tests.Output;

namespace Dossier.Tests.Build;

/// <summary>
/// Property: after any sequence of edits — retitling, rewriting, linking, citing, adding and deleting documents, some of
/// them breaking the build — a rebuild with the memory reports the same diagnostics and writes the same bytes as a full build.
/// </summary>
public sealed class IncrementalBuildPropertyTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    [Trait("Kind", "property")]
    public void Any_sequence_of_edits_rebuilds_to_what_a_full_build_makes()
    {
        Gen.Int[0, int.MaxValue].Array[4, 9].Sample(steps =>
        {
            using var site = FixtureSite.Bundled();
            var fresh = Path.Combine(site.Root, "_fresh");
            var memory = new BuildMemory();
            BuildPipeline.Run(new BuildOptions(site.Root, site.Output) { Clock = Clock }, memory);
            var log = new List<string>();
            foreach (var step in steps)
            {
                log.Add(Edit(site.Root, step));
                var incremental = BuildPipeline.Run(new BuildOptions(site.Root, site.Output) { Clock = Clock }, memory);
                if (Directory.Exists(fresh))
                {
                    Directory.Delete(fresh, recursive: true);
                }

                var full = BuildPipeline.Run(new BuildOptions(site.Root, fresh) { Clock = Clock });
                var edits = string.Join("; ", log);
                Assert.True(full.Diagnostics.Select(d => d.ToString()).SequenceEqual(incremental.Diagnostics.Select(d => d.ToString())),
                    $"diagnostics differ after: {edits}");
                if (full.Succeeded)
                {
                    Assert.True(SiteSnapshot.Of(fresh).SequenceEqual(SiteSnapshot.Of(site.Output)), $"sites differ after: {edits}");
                }
            }
        }, iter: FuzzScale.Of(4), threads: 1);
    }

    /// <summary>One edit chosen by <paramref name="step"/>; returns what it did, for the failure message.</summary>
    private static string Edit(string root, int step)
    {
        var files = Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var citations = files.Where(f => f.Contains("/citations/", StringComparison.Ordinal)).ToList();
        var linkable = files.Except(citations).ToList();
        var random = new Random(step);
        var file = files[random.Next(files.Count)];
        var name = Path.GetRelativePath(root, file);
        string Id(string path) => Path.GetFileNameWithoutExtension(path);
        // Links and cites change what other pages show, so they come up most often.
        switch (step % 10)
        {
            case 0:
                var text = File.ReadAllLines(file).ToList();
                var title = text.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal));
                text[title] = $"title: \"Retitled {random.Next(1000)}\"";
                File.WriteAllLines(file, text);
                return $"retitle {name}";
            case 1:
                File.AppendAllText(file, $"\nA new sentence number {random.Next(1000)} in the text.\n");
                return $"rewrite {name}";
            case 2 or 7:
                var target = linkable[random.Next(linkable.Count)];
                File.AppendAllText(file, $"\nSee also [[{Id(target)}]].\n");
                return $"link {name} to {Id(target)}";
            case 3 or 8 or 9:
                // At the top of the body, so every later note of the document is renumbered.
                var source = citations[random.Next(citations.Count)];
                var lines = File.ReadAllLines(file).ToList();
                lines.Insert(lines.FindIndex(1, l => l == "---") + 1, $"\nAs reported [@{Id(source)}].\n");
                File.WriteAllLines(file, lines);
                return $"cite {Id(source)} first in {name}";
            case 4:
                var id = $"land-{random.Next(1000):D3}";
                var iso = $"Q{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
                File.WriteAllText(Path.Combine(root, "content", "countries", $"{id}.md"),
                    $"---\ntitle: Land {id}\niso3: {iso}\nregion: Nowhere\n---\n\nA test country near [[japan]].\n");
                return $"add country {id}";
            case 5:
                if (name.Contains("/articles/", StringComparison.Ordinal))
                {
                    return "keep the article";
                }

                File.Delete(file);
                return $"delete {name}";
            default:
                File.WriteAllText(file, File.ReadAllText(file));
                return $"save {name} unchanged";
        }
    }
}

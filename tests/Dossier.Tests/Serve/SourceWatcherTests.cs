using System.Collections.Concurrent;
using Dossier.Serve.Watching;

namespace Dossier.Tests.Serve;

/// <summary>The watcher behind <c>dossier serve</c>: a theme folder made while serving is watched from then on.</summary>
public sealed class SourceWatcherTests
{
    [Fact]
    public async Task A_theme_file_added_to_a_dossier_that_had_no_themes_folder_is_seen_and_so_are_its_later_edits()
    {
        // Given a dossier on the built-in theme, watched
        using var dossier = Templating.ThemeLookupTests.WithoutTheme();
        var seen = new ConcurrentQueue<string>();
        using var watcher = new SourceWatcher(dossier.Root, seen.Enqueue, () => { });

        // When the editor overrides a layout, then edits it
        dossier.Write("themes/default/layouts/home.liquid", "first\n");
        var layout = Path.Combine(dossier.Root, "themes/default/layouts/home.liquid");
        Assert.True(await Eventually(() => seen.Any(p => p.StartsWith(Path.Combine(dossier.Root, "themes"), StringComparison.Ordinal))),
            "the new themes folder was not reported");
        seen.Clear();
        await File.WriteAllTextAsync(layout, "second\n", TestContext.Current.CancellationToken);

        // Then the edit of the file inside the new folder is reported too
        Assert.True(await Eventually(() => seen.Contains(layout)), $"saw only: {string.Join(", ", seen)}");
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 5000; waited += 25)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        return condition();
    }
}

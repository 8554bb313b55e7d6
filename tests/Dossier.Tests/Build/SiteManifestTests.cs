using System.Text;
using Dossier.Build;
using Dossier.Build.Incremental;

namespace Dossier.Tests.Build;

/// <summary>What a rebuild writes over the site it wrote last: the files whose bytes changed, and the paths no longer in the site.</summary>
public sealed class SiteManifestTests
{
    private static SiteOutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_same_files_in_the_same_order_change_where_the_bytes_differ()
    {
        // Given a written site of three files
        var (a, b, c) = (File("a.html", "a"), File("b.html", "b"), File("c.html", "c"));
        var manifest = new SiteManifest([a, b, c]);

        // When a rebuild keeps a, makes b again with the same bytes and c with other bytes
        var (changed, gone) = manifest.ChangesTo([a, File("b.html", "b"), File("c.html", "c2")]);

        // Then only c is written and nothing removed
        Assert.Equal(["c.html"], changed.Select(f => f.Path));
        Assert.Empty(gone);
    }

    [Fact]
    public void Files_added_removed_or_reordered_are_compared_by_path()
    {
        // Given a written site of three files
        var (a, b, c) = (File("a.html", "a"), File("b.html", "b"), File("c.html", "c"));
        var manifest = new SiteManifest([a, b, c]);

        // When a rebuild lists c before a, drops b, and adds d (same count, other paths in place)
        var (changed, gone) = manifest.ChangesTo([c, a, File("d.html", "d")]);

        // Then d is written, b removed, and the moved files are left alone
        Assert.Equal(["d.html"], changed.Select(f => f.Path));
        Assert.Equal(["b.html"], gone);
    }

    [Fact]
    public void A_shorter_site_removes_the_files_it_no_longer_has()
    {
        var (a, b) = (File("a.html", "a"), File("b.html", "b"));

        var (changed, gone) = new SiteManifest([a, b]).ChangesTo([a]);

        Assert.Empty(changed);
        Assert.Equal(["b.html"], gone);
    }

    [Fact]
    public void A_file_holds_the_bytes_it_was_made_of_at_its_path_only()
    {
        var bytes = Encoding.UTF8.GetBytes("x");
        var file = new SiteOutputFile("x.txt", bytes);

        Assert.True(file.Holds("x.txt", bytes));
        Assert.False(file.Holds("y.txt", bytes));
        Assert.False(file.Holds("x.txt", Encoding.UTF8.GetBytes("x")));
    }
}

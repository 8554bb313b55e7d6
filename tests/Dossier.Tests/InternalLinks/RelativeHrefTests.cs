using CsCheck;
using Dossier.Build;
using Dossier.InternalLinks;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.InternalLinks;

/// <summary>The link checker's fast path must read every link it accepts exactly as <see cref="Uri"/> does.</summary>
public sealed class RelativeHrefTests
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    private static readonly Gen<string> Href = Gen.OneOf(
            Gen.Const(".."), Gen.Const("."), Gen.Const("a"), Gen.Const("b-c"), Gen.Const("/"), Gen.Const("#"), Gen.Const("x.y"),
            Gen.Const("_~"), Gen.Const("v1."), Gen.Const("..."), Gen.Const("index.html"), Gen.Const("%20"), Gen.Const("?q"), Gen.Const(":"))
        .Array[0, 9].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Page = Gen.OneOf(Gen.Const(""), Gen.Const("articles/"), Gen.Const("articles/a-b/"), Gen.Const("sources/x/"), Gen.Const("404.html"), Gen.Const("search/"));

    [Fact]
    [Trait("Kind", "property")]
    public void Every_link_it_resolves_resolves_as_Uri_resolves_it()
    {
        Gen.Select(Page, Href).Sample((page, href) =>
        {
            // Given a link the fast path accepts
            if (!RelativeHref.TryResolve(page, href, out var path, out var fragment))
            {
                return;
            }

            // Then Uri finds the same path and fragment
            var target = new Uri(new Uri(SiteRoot, page), href);
            Assert.Equal(Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/')), path);
            Assert.Equal(target.Fragment.TrimStart('#'), fragment);
        }, iter: FuzzScale.Of(20000));
    }

    [Theory]
    [InlineData("articles/a/", "../../sources/x/#cite-note-3", "sources/x/", "cite-note-3")]
    [InlineData("articles/a/", "#notes-heading", "articles/a/", "notes-heading")]
    [InlineData("articles/a/", "./", "articles/a/", "")]
    [InlineData("", "./", "", "")]
    [InlineData("articles/a/", "../../../../assets/site.css", "assets/site.css", "")]
    [InlineData("404.html", "articles/", "articles/", "")]
    public void The_pipeline_s_own_links_take_the_fast_path(string page, string href, string path, string fragment)
    {
        Assert.True(RelativeHref.TryResolve(page, href, out var resolvedPath, out var resolvedFragment));
        Assert.Equal((path, fragment), (resolvedPath, resolvedFragment));
    }

    [Theory]
    [InlineData("/dossier/articles/")]
    [InlineData("https://example.org/")]
    [InlineData("a%20b/")]
    [InlineData("a//b")]
    [InlineData("a?b")]
    [InlineData("a#b#c")]
    public void Anything_unusual_is_left_to_Uri(string href)
    {
        Assert.False(RelativeHref.TryResolve("articles/a/", href, out _, out _));
    }
}

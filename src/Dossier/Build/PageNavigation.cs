using System.Collections.Concurrent;
using Dossier.Pages.Views;
using Dossier.Site;
using Dossier.Templating.Views;
using Fluid;
using Fluid.Values;

namespace Dossier.Build;

/// <summary>
/// What <c>base</c> is given for a page besides the page: the way from it to the site's root and the site navigation
/// from there, its section's entry marked current. Both depend only on how deep the page is (or on its absolute root)
/// and on its section, so each is made once a build, as the template values pages share, not once a page.
/// Thread-safe.
/// </summary>
internal sealed class PageNavigation(IReadOnlyList<(string Path, string Text, string Section)> entries, TemplateOptions options)
{
    private readonly ConcurrentDictionary<(string? AbsoluteRoot, int Depth, string Section), Links> _links = new();

    public Links For(PageView page) =>
        _links.GetOrAdd((page.AbsoluteRoot, page.AbsoluteRoot is null ? page.Path.AsSpan().Count('/') : 0, page.Section),
            static (_, state) => state.Self.Make(state.Page), (Self: this, Page: page));

    private Links Make(PageView page)
    {
        // The 404 page is served at any address, so its links start from the site's root path instead.
        var root = page.AbsoluteRoot ?? SitePaths.RootFrom(page.Path);
        List<NavItemView> items =
        [
            .. entries.Select(n => new NavItemView(
                page.AbsoluteRoot is null ? SitePaths.Relative(page.Path, n.Path) : root + n.Path, n.Text, n.Section == page.Section)),
        ];
        return new Links(new StringValue(root), FluidValue.Create(items, options));
    }

    /// <summary>The values of <c>root</c> and <c>nav</c>.</summary>
    public sealed record Links(FluidValue Root, FluidValue Navigation);
}

using Dossier.Site;
using Markdig.Renderers;

namespace Dossier.Markdown;

/// <summary>
/// Renders one body for the page it is shown on, with what linking resolved in it: the cite and wiki-link renderers
/// read note numbers and targets from here, never from the nodes.
/// </summary>
public sealed class BodyRenderer(TextWriter writer, ResolvedBody resolved, string page) : HtmlRenderer(writer)
{
    public ResolvedBody Resolved { get; } = resolved;

    /// <summary>A link from the page the body is rendered on to a site path.</summary>
    public string HrefTo(string path) => SitePaths.Relative(page, path);
}

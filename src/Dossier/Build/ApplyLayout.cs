using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;
using Dossier.Templating;
using Dossier.Templating.Views;
using Fluid;
using Fluid.Values;

namespace Dossier.Build;

/// <summary>
/// Renders every page through the theme: the page's own layout first, then <c>base</c> around it.
/// Output is HTML-encoded by default; only fragments the pipeline rendered itself are inserted raw.
/// </summary>
public static class ApplyLayout
{
    // Encodes what HTML needs encoded but leaves letters of every script readable (Cyrillic titles stay text).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(new TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

    /// <summary>What is done with a page's HTML as soon as it is laid out; the buffer is only the page's during the call.</summary>
    public delegate T LaidOut<out T>(PageView page, LayoutBuffer html);

    /// <summary>
    /// Composes page <c>i</c> of <paramref name="count"/> with <paramref name="compose"/>, renders it and hands it to
    /// <paramref name="then"/> at once, on the same thread; returns what <paramref name="then"/> made, by index (null
    /// for a page whose layout the theme lacks). A page's view and HTML need not outlive it: views die young instead of
    /// every page's view being held (and copied from generation to generation by the collector) until the last is
    /// composed, and each worker writes its pages into one reused <see cref="LayoutBuffer"/>, so no page is ever a
    /// UTF-16 string of its own.
    /// </summary>
    public static T?[] Run<T>(
        int count, Func<int, PageView> compose, Theme theme, SiteSettings settings, IDiagnosticSink sink, LaidOut<T> then)
        where T : class
    {
        var results = new T?[count];
        if (!theme.Layouts.TryGetValue("base", out var frame))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Theme, Severity.Error, SourceSpan.File($"themes/{theme.Name}/layouts"),
                "the theme has no `base.liquid` layout"));
            return results;
        }

        var site = FluidValue.Create(new SiteView(settings.Title, settings.Description, settings.Language, settings.RepoUrl), theme.Options);
        // Every collection's index, then search: the same entries on every page.
        var navigation = new PageNavigation(
            [.. settings.Collections.All.Select(c => (c.IndexPath, c.Plural, c.Section)), (SitePaths.Search, "Search", "search")], theme.Options);
        var missing = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        // Parallel.For starts many short tasks over a run: the buffers and contexts go back to this pool between them, not
        // to the collector.
        var workers = new ConcurrentBag<(LayoutBuffer Html, TemplateContext Context)>();
        Parallel.For<(LayoutBuffer Html, TemplateContext Context)>(0, count,
            () => workers.TryTake(out var worker) ? worker : (new LayoutBuffer(), Context(theme.Options, site)), (i, _, worker) =>
        {
            var page = compose(i);
            if (!theme.Layouts.ContainsKey(page.Layout))
            {
                missing.TryAdd(page.Layout, 0);
                return worker;
            }

            worker.Html.Clear();
            Render(page, theme, frame, navigation.For(page), settings, worker.Context, worker.Html);
            results[i] = then(page, worker.Html);
            return worker;
        }, workers.Add);
        foreach (var layout in missing.Keys.Order(StringComparer.Ordinal))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Theme, Severity.Error, SourceSpan.File($"themes/{theme.Name}/layouts/{layout}.liquid"),
                $"the theme has no usable `{layout}.liquid` layout; the pages that need it were not rendered"));
        }

        return results;
    }

    /// <summary>
    /// A worker's context, for page after page: templates only ever write to the scopes rendering enters below its root
    /// (base's, a layout's, a partial's), so the root holds only what is set here, the site once and every other name
    /// anew for each page by <see cref="Render"/>.
    /// </summary>
    private static TemplateContext Context(TemplateOptions options, FluidValue site)
    {
        var context = new TemplateContext(options);
        context.SetValue("site", site);
        return context;
    }

    private static void Render(
        PageView page, Theme theme, IFluidTemplate frame, PageNavigation.Links links, SiteSettings settings, TemplateContext context,
        LayoutBuffer output)
    {
        context.SetValue("page", page);
        context.SetValue("root", links.Root);
        // Undefined unless there is one, as a name never set is: an empty string would be truthy in Liquid and print `href=""`.
        context.SetValue("canonical", !page.NoIndex && SiteUrls.Of(settings, page.Path) is { } canonical
            ? new StringValue(canonical)
            : UndefinedValue.Instance);
        context.SetValue("nav", links.Navigation);
        context.SetValue("content", new LayoutContent(theme.Layouts[page.Layout], context, Encoder));
        // `ifchanged` keeps the last output it compared in the context: a page starts with none.
        context.AmbientValues.Clear();
        context.EnterChildScope();
        try
        {
            LayoutRendering.Wait(frame.RenderAsync(output, Encoder, context));
        }
        finally
        {
            context.ReleaseScope();
        }
    }
}

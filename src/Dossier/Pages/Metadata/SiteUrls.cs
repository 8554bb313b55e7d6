using Dossier.Content;

namespace Dossier.Pages.Metadata;

/// <summary>Absolute addresses of pages, from <c>base_url</c>; none when the dossier does not say where it is published.</summary>
public static class SiteUrls
{
    // The base trimmed as a span: trimmed as a string, a base_url ending in "/" (as most do) was copied on every call.
    public static string? Of(SiteSettings settings, string sitePath) =>
        settings.BaseUrl is null ? null : string.Concat(settings.BaseUrl.AsSpan().TrimEnd('/'), "/", sitePath);

    /// <summary>The path the site is served under (<c>/dossier/</c> for a GitHub project page), <c>/</c> without <c>base_url</c>.</summary>
    public static string RootPath(SiteSettings settings) =>
        settings.BaseUrl is not null && Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var uri)
            ? uri.AbsolutePath.TrimEnd('/') + "/"
            : "/";
}

using System.Text;

namespace Dossier.Lints;

/// <summary>
/// What makes two URLs the same page for a reader: scheme, <c>www.</c>, case of the host, a trailing
/// slash, the fragment and tracking parameters (<c>utm_*</c>, <c>fbclid</c>, …) do not count.
/// </summary>
public static class UrlIdentity
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "yclid", "_ga", "ref_src"];

    public static string Of(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var identity = new StringBuilder(host);
        if (!uri.IsDefaultPort)
        {
            identity.Append(':').Append(uri.Port);
        }

        identity.Append(path);
        if (query.Count > 0)
        {
            identity.Append('?').Append(string.Join('&', query));
        }

        return identity.ToString();
    }
}

namespace Dossier.Serve.Files;

/// <summary>
/// Decides whether a request path may even be looked up. Kestrel already decodes the path and removes
/// <c>.</c> and <c>..</c> segments; this refuses what is left of the usual tricks before any file is touched:
/// encoded slashes, backslashes, dots and NULs, double encoding, empty segments (<c>//etc/passwd</c>, which
/// <see cref="Path.Combine(string, string)"/> would treat as absolute), drive letters and control characters.
/// <see cref="SiteFiles"/> still checks that the file it finds is inside the output folder.
/// </summary>
public static class RequestPath
{
    /// <summary>Encodings no page of a Dossier site needs, so any of them is a trick (checked in the raw request target).</summary>
    private static readonly string[] RefusedEncodings = ["%2f", "%5c", "%2e", "%00", "%25"];

    /// <param name="rawTarget">The request target as sent (<c>/a%2fb?q</c>), when the server exposes it.</param>
    /// <param name="path">The decoded path (ASP.NET Core's <c>Request.Path</c>).</param>
    public static bool IsAcceptable(string? rawTarget, string path)
    {
        if (rawTarget is not null)
        {
            var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
            var rawPath = query < 0 ? rawTarget : rawTarget[..query];
            if (rawPath.Contains('\\', StringComparison.Ordinal)
                || RefusedEncodings.Any(e => rawPath.Contains(e, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        if (path.Length == 0 || path[0] != '/')
        {
            return false;
        }

        if (path.Any(c => char.IsControl(c) || c is '\\' or ':' or '%'))
        {
            return false;
        }

        // Every segment but the last (empty after a trailing slash) must have a name, and none may be . or ..
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if ((segment.Length == 0 && i < segments.Length - 1) || segment is "." or "..")
            {
                return false;
            }
        }

        return true;
    }
}

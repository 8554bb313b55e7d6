namespace Dossier.Links.Checking;

/// <summary>
/// Recognises the walls that bot-protection services put in front of pages (Cloudflare, Akamai, DataDome):
/// the page exists, but only a browser may see it.
/// </summary>
internal static class BotChallenge
{
    public static bool IsChallenge(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (403 or 429 or 503))
        {
            return false;
        }

        if (response.Headers.Contains("cf-mitigated") || response.Headers.Contains("x-datadome") || response.Headers.Contains("cf-chl-bypass"))
        {
            return true;
        }

        return response.Headers.Server.Any(s => s.Product?.Name is { } name
            && (name.Equals("cloudflare", StringComparison.OrdinalIgnoreCase) || name.Equals("AkamaiGHost", StringComparison.OrdinalIgnoreCase)));
    }
}

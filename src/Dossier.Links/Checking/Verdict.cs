namespace Dossier.Links.Checking;

/// <summary>What the checker concluded about a link. Each comes with a reason.</summary>
public enum Verdict
{
    /// <summary>The page answered 2xx (after any temporary redirects).</summary>
    Ok,

    /// <summary>Moved permanently (301/308): the final URL is the suggested new <c>url</c>.</summary>
    Redirected,

    /// <summary>
    /// 404, 410, other client errors, persistent 5xx, DNS failure, connection refused, redirect loops, and soft 404s
    /// (a redirect to the home page, a section or a "not found" page; a 200 whose title or main heading says "not found").
    /// </summary>
    Broken,

    /// <summary>No answer within the timeout, after retries.</summary>
    Timeout,

    /// <summary>401, 403, 999 or a bot challenge: a browser-only site, not a dead link.</summary>
    Unverifiable,

    /// <summary>Refused by the security rules (private address, non-http scheme); no connection was made.</summary>
    Blocked,

    /// <summary>The page no longer contains the citation's <c>quote</c>, or the passage the URL's text fragment points to.</summary>
    QuoteMissing,
}

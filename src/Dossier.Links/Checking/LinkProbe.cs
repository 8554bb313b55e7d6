using System.Net;
using System.Runtime.CompilerServices;
using Dossier.Links.Network;

namespace Dossier.Links.Checking;

/// <summary>
/// Checks one URL: follows redirects as a browser does (up to the limit, detecting loops, re-applying the
/// address rule on every hop), classifies the final answer and verifies quotes and the fragment.
/// </summary>
internal sealed class LinkProbe(HopSender sender, AddressRule rule, LinkCheckerOptions options, TimeProvider clock)
{
    public async Task<LinkResult> CheckAsync(UrlToCheck target, CancellationToken cancellationToken)
    {
        var attempts = new StrongBox<int>();
        var started = clock.GetTimestamp();
        var result = await FollowAsync(target, attempts, cancellationToken).ConfigureAwait(false);
        return result with { Requests = attempts.Value, Duration = clock.GetElapsedTime(started), CheckedAt = clock.GetUtcNow() };
    }

    private async Task<LinkResult> FollowAsync(UrlToCheck target, StrongBox<int> attempts, CancellationToken cancellationToken)
    {
        LinkResult Result(Verdict verdict, string reason) => new(target.Url, verdict, reason, default);

        if (!Uri.TryCreate(target.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Result(Verdict.Blocked, "only absolute http and https URLs are checked");
        }

        var cited = uri;
        // Cookies live for this one check: many news and government sites set one and redirect to the same URL,
        // which is a loop only if the request repeats with the same cookies. Never shared with another check, never
        // sent to another site (the container applies the cookie domain rules), never kept after the check.
        var cookies = new CookieContainer();
        var visited = new List<(string Url, string Cookies)> { (WithoutFragment(uri), "") };
        var bodyBytes = target.AsksHeadFirst ? 0 : target.NeedsBody ? options.MaxBodyBytes : options.MaxHeadingBytes;
        Uri? suggested = null;
        var permanentSoFar = true;
        for (var redirects = 0; ; redirects++)
        {
            var refusal = LiteralRefusal(uri);
            if (refusal is not null)
            {
                var via = redirects > 0 ? $" (reached by redirect to {uri})" : "";
                return Result(Verdict.Blocked, $"refused before connecting: {refusal}{via}");
            }

            HopResponse hop;
            try
            {
                hop = await sender.SendAsync(uri, bodyBytes, attempts, cookies, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var (verdict, reason) = FailureDescriber.Describe(ex, uri, options.Timeout, attempts.Value);
                var via = redirects > 0 ? $" (after redirect to {uri})" : "";
                return Result(verdict, reason + via);
            }

            if (!hop.IsRedirect)
            {
                // Redirects that came back to the cited URL (through a cookie or consent page) moved nothing.
                var moved = redirects > 0 && WithoutFragment(uri) != WithoutFragment(cited);
                var suggestion = suggested is null || !moved || WithoutFragment(suggested) == WithoutFragment(cited) ? null : WithFragment(suggested, cited);
                var final = FinalAnswer.Classify(target, hop, cited, uri, suggestion, attempts.Value, options);
                return final with
                {
                    Status = hop.Status,
                    FinalUrl = moved ? WithFragment(uri, cited) : null,
                    SuggestedUrl = final.Verdict == Verdict.Redirected ? suggestion : null,
                };
            }

            if (redirects == options.MaxRedirects)
            {
                return Result(Verdict.Broken, $"more than {options.MaxRedirects} redirects (gave up at {uri})") with { Status = hop.Status };
            }

            var next = new Uri(uri, hop.Location!);
            if (next.Scheme is not ("http" or "https"))
            {
                return Result(Verdict.Blocked, $"redirects to a non-http URL ({next.Scheme}:)") with { Status = hop.Status };
            }

            (string Url, string Cookies) key = (WithoutFragment(next), cookies.GetCookieHeader(next));
            if (visited.IndexOf(key) is var seen and >= 0)
            {
                var loop = string.Join(" → ", visited.Skip(seen).Append(key).Select(v => v.Url));
                return Result(Verdict.Broken, $"redirect loop: {loop}") with { Status = hop.Status };
            }

            visited.Add(key);
            // Only an unbroken run of permanent redirects from the cited URL is a move; after a temporary
            // one, what follows is the publisher's business, not a new address to cite.
            if (permanentSoFar && hop.IsPermanentRedirect)
            {
                suggested = next;
            }
            else
            {
                permanentSoFar = false;
            }

            uri = next;
        }
    }

    /// <summary>A host written as an address is judged before any request, without even a DNS lookup.</summary>
    private string? LiteralRefusal(Uri uri) =>
        IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) ? rule.Refusal(uri.Host.Trim('[', ']'), address) : null;

    private static string WithoutFragment(Uri uri) => uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    /// <summary>Browsers carry the cited fragment (an id or a text fragment, as written) over a redirect whose target has none.</summary>
    private static string WithFragment(Uri uri, Uri cited) =>
        uri.Fragment.Length == 0 && cited.Fragment.Length > 1 ? WithoutFragment(uri) + cited.Fragment : uri.ToString();
}

using System.Net;
using System.Runtime.CompilerServices;
using Polly;

namespace Dossier.Links.Checking;

/// <summary>
/// Sends one request through the retry pipeline: each attempt is a new request message (a sent one cannot be
/// sent again), bounded by the client's timeout, and counted, so reasons can say "after 4 attempts" and tests can
/// check no more requests were sent than should be. With a cookie jar, each attempt sends the jar's cookies for its URL
/// and keeps those the answer sets, as a browser does.
/// </summary>
/// <remarks>
/// The pipeline runs here, around <see cref="HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, CancellationToken)"/>,
/// rather than as a handler inside the client: one layer less on every request, and the client's own timeout
/// is then the per-attempt timeout.
/// </remarks>
internal sealed class RetryingSender(HttpClient client, ResiliencePipeline<HttpResponseMessage> pipeline)
{
    public ValueTask<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpCompletionOption completion, StrongBox<int>? attempts,
        CookieContainer? cookies, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(static (attempt, token) => attempt.SendAsync(token), new Attempt(client, method, uri, completion, attempts, cookies),
            cancellationToken);

    private sealed class Attempt(HttpClient client, HttpMethod method, Uri uri, HttpCompletionOption completion, StrongBox<int>? attempts,
        CookieContainer? cookies)
    {
        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            if (attempts is not null)
            {
                Interlocked.Increment(ref attempts.Value);
            }

            // A fragment is the browser's business, never the server's (a text fragment least of all: it may quote
            // the page); HttpClient leaves it out of the request line, and the message does not carry it either.
            using var request = new HttpRequestMessage(method, uri.Fragment.Length > 0 ? new Uri(uri.GetLeftPart(UriPartial.Query)) : uri);
            if (cookies?.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.TryAddWithoutValidation("Cookie", header);
            }

            var response = await client.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
            if (cookies is not null && response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                Keep(cookies, values);
            }

            return response;
        }

        private void Keep(CookieContainer jar, IEnumerable<string> setCookies)
        {
            foreach (var value in setCookies)
            {
                try
                {
                    jar.SetCookies(uri, value);
                }
                catch (CookieException)
                {
                    // A malformed cookie, or one for another domain: browsers drop it too.
                }
            }
        }
    }
}

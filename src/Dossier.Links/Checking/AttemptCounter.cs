using System.Runtime.CompilerServices;

namespace Dossier.Links.Checking;

/// <summary>
/// Sits below the retry handler and counts the attempts that really went to the network, so reasons can
/// say "after 4 attempts" and tests can check we sent no more requests than we should.
/// </summary>
internal sealed class AttemptCounter : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Key = new("Dossier.Links.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var box))
        {
            Interlocked.Increment(ref box.Value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

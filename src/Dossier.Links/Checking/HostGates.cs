using System.Collections.Concurrent;

namespace Dossier.Links.Checking;

/// <summary>
/// One semaphore per host, so no host ever has more than the per-host limit of requests in flight.
/// A slot is held for one hop (including its retries and body), never while waiting for another host,
/// so redirects between hosts cannot deadlock.
/// </summary>
internal sealed class HostGates(int perHost)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public static string KeyOf(Uri uri) => uri.IdnHost.TrimEnd('.').ToLowerInvariant();

    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(KeyOf(uri), _ => new SemaphoreSlim(perHost, perHost));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(gate);
    }

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}

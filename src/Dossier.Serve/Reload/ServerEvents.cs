using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dossier.Serve.Reload;

/// <summary>
/// The event stream open tabs listen to (<see cref="ReloadScript.EventsPath"/>). Each connection gets its own
/// small queue; a tab that connects while the build is broken is told so at once.
/// </summary>
public sealed class ServerEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ServerEvent>> _listeners = [];
    private ServerEvent? _currentError;

    public void Publish(ServerEvent message)
    {
        lock (_gate)
        {
            _currentError = message.Name == ServerEvent.BuildError ? message : null;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Streams events to one client until it disconnects or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var queue = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(queue);
            if (_currentError is not null)
            {
                queue.Writer.TryWrite(_currentError);
            }
        }

        try
        {
            // A comment line, so the client (and a test) knows the stream is open before anything happens.
            await response.WriteAsync(": connected\n\n", cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            await foreach (var message in queue.Reader.ReadAllAsync(cancel.Token))
            {
                await response.WriteAsync(message.ToWireFormat(), cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab went away or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(queue);
            }
        }
    }
}

namespace Dossier.Tests.Serve;

/// <summary>A client of the server-sent event stream at <c>/_dossier/events</c>, reading events one by one.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public sealed record Event(string Name, string Data);

    /// <summary>Connects and returns once the server has said the stream is open, so no later event can be missed.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient client, Uri origin)
    {
        var response = await client.GetAsync(new Uri(origin, "_dossier/events"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        using var timeout = new CancellationTokenSource(EventTimeout);
        while (await stream._reader.ReadLineAsync(timeout.Token) is { } line && line != ": connected")
        {
        }

        return stream;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The next event (comments skipped); fails the test after a minute.</summary>
    public async Task<Event> NextAsync()
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the event stream closed");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return new Event(name, string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Threading.Channels;
using Dossier.Serve.Reload;

namespace Dossier.Serve.Watching;

/// <summary>
/// Runs one rebuild at a time. Requests that arrive during a rebuild collapse into a single rebuild after it,
/// so the last change is always built and nothing is built twice for nothing. After each rebuild, open tabs
/// are told to reload, or shown the errors.
/// </summary>
public sealed class RebuildLoop(Func<BuildOutcome> rebuild, ServerEvents events, Action<BuildOutcome> built)
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Request() => _requests.Writer.TryWrite(true);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(cancellationToken))
            {
                var outcome = await Task.Run(rebuild, cancellationToken);
                built(outcome);
                events.Publish(outcome.Succeeded
                    ? new ServerEvent(ServerEvent.Reload, "rebuilt")
                    : new ServerEvent(ServerEvent.BuildError, outcome.Report));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}

namespace Dossier.Serve.Watching;

/// <summary>
/// Turns a burst of pokes (an editor's save is several file events; a <c>git checkout</c> is hundreds) into one
/// call, made once no poke has come for <c>quiet</c>.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;

    public Debouncer(TimeSpan quiet, Action action, TimeProvider? clock = null)
    {
        _quiet = quiet;
        _timer = (clock ?? TimeProvider.System).CreateTimer(_ => action(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>(Re)starts the wait.</summary>
    public void Poke() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}

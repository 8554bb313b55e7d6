using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Dossier.Reading;

/// <summary>
/// One front matter's tokens from a scanner shared with others (<see cref="SharedYamlScanner"/>), as a stream of its
/// own: a stream start first, then its tokens, then a stream end in place of the <c>...</c> that ends it. A parser
/// reading them makes the events a scanner of its own would give it.
/// </summary>
internal sealed class DocumentTokens(Scanner shared) : IScanner
{
    private bool _started;
    private bool _ended;
    private bool _fromShared;

    public Mark CurrentPosition => shared.CurrentPosition;

    public Token? Current { get; private set; }

    public bool MoveNext()
    {
        if (Current is not null)
        {
            ConsumeCurrent();
        }

        return MoveNextWithoutConsuming();
    }

    public bool MoveNextWithoutConsuming()
    {
        if (!_started)
        {
            _started = true;
            Current = new StreamStart(Mark.Empty, Mark.Empty);
            return true;
        }

        // Never past the `...`: the scanner would read on through the filler after it for a token that is not there.
        if (_ended || !shared.MoveNextWithoutConsuming())
        {
            Current = null;
            return false;
        }

        if (shared.Current is DocumentEnd end)
        {
            // It belongs to no front matter: taken here, so the next one's tokens come next.
            shared.ConsumeCurrent();
            _ended = true;
            _fromShared = false;
            Current = new StreamEnd(end.Start, end.End);
            return true;
        }

        _fromShared = true;
        Current = shared.Current;
        return true;
    }

    public void ConsumeCurrent()
    {
        if (_fromShared)
        {
            shared.ConsumeCurrent();
        }

        _fromShared = false;
        Current = null;
    }
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dossier.Reading;

/// <summary>
/// Passes YAML parsing events through, but drops a mapping's repeated key (and its value) after handing
/// it to <paramref name="duplicate"/>. YamlDotNet's representation model throws on a duplicate key, which
/// would turn one repeated line into a syntax error and lose the whole document; this way the first value
/// is kept and the repetition is one positioned diagnostic.
/// </summary>
internal sealed class DuplicateKeySkipper(IParser inner, Action<Scalar> duplicate) : IParser
{
    /// <summary>One frame per open collection; for a mapping, its keys so far and whether the next node is a key.</summary>
    private readonly Stack<Frame> _open = new();

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            if (_open.TryPeek(out var frame) && frame.Keys is { } keys && frame.ExpectKey
                && current is Scalar key && !keys.Add(key.Value))
            {
                duplicate(key);
                SkipValue();
                continue;
            }

            switch (current)
            {
                case MappingStart:
                    _open.Push(new Frame(new HashSet<string>(StringComparer.Ordinal)));
                    break;
                case SequenceStart:
                    _open.Push(new Frame(null));
                    break;
                case MappingEnd or SequenceEnd:
                    _open.Pop();
                    NodeDone();
                    break;
                case Scalar or AnchorAlias:
                    NodeDone();
                    break;
            }

            return true;
        }

        return false;
    }

    private void NodeDone()
    {
        if (_open.TryPeek(out var parent) && parent.Keys is not null)
        {
            parent.ExpectKey = !parent.ExpectKey;
        }
    }

    private void SkipValue()
    {
        var depth = 0;
        do
        {
            if (!inner.MoveNext())
            {
                return;
            }

            depth += inner.Current!.NestingIncrease;
        }
        while (depth > 0);
    }

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;

        public bool ExpectKey { get; set; } = true;
    }
}

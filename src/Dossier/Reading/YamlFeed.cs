namespace Dossier.Reading;

/// <summary>
/// The text a <see cref="SharedYamlScanner"/> reads: each front matter in turn on a line of its own, ended by a
/// <c>...</c> line, then spaces for as long as the scanner reads ahead before the next is given. It never ends: a
/// YAML scanner that has once met the end of its text reads no more.
/// </summary>
internal sealed class YamlFeed : TextReader
{
    /// <summary>More filler in a row than any read-ahead takes: the scanner is looking for something that is not coming.</summary>
    private const int MostFiller = 1 << 16;

    private readonly Queue<ReadOnlyMemory<char>> _pieces = new();
    private ReadOnlyMemory<char> _head;
    private long _lines;
    private int _filler;

    /// <summary>Queues a front matter; returns the line the scanner will count its first line as.</summary>
    public long Add(ReadOnlyMemory<char> yaml)
    {
        // Its own line, and `...` on a line after it — right after its last line, as the end of a text would come.
        var end = yaml.Span.EndsWith('\n') ? "...\n" : "\n...\n";
        _pieces.Enqueue("\n".AsMemory());
        _pieces.Enqueue(yaml);
        _pieces.Enqueue(end.AsMemory());
        var first = _lines + 2;
        _lines += 1 + yaml.Span.Count('\n') + end.AsSpan().Count('\n');
        return first;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (_head.IsEmpty && _pieces.TryDequeue(out var next))
        {
            _head = next;
        }

        if (_head.IsEmpty)
        {
            _filler += buffer.Length;
            if (_filler > MostFiller)
            {
                throw new InvalidOperationException("the YAML scanner read past the end of a front matter");
            }

            buffer.Fill(' ');
            return buffer.Length;
        }

        _filler = 0;
        var length = Math.Min(_head.Length, buffer.Length);
        _head.Span[..length].CopyTo(buffer);
        _head = _head[length..];
        return length;
    }
}

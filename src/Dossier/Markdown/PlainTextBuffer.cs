using System.Buffers;

namespace Dossier.Markdown;

/// <summary>
/// Plain text written into one array rented from the shared pool, optionally squeezed as it is written (runs of white
/// space one space, none at either end, as <see cref="PlainText.Squeeze(string)"/>). A body's text was a
/// <see cref="System.Text.StringBuilder"/> growing block by block, then a squeezed copy of it: a fifth of the search
/// index's allocations. Dispose it to give the array back.
/// </summary>
public sealed class PlainTextBuffer(bool squeeze) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(1024);
    private Squeezing _squeezing;

    /// <summary>The length of the text written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The text written so far; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

    public void Append(ReadOnlySpan<char> text)
    {
        // A squeezed write may put one pending space before the text.
        Reserve(text.Length + 1);
        if (squeeze)
        {
            _squeezing.Write(text, _chars);
            Length = _squeezing.Length;
        }
        else
        {
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    /// <summary>Starts again with no text, keeping the array.</summary>
    public void Clear()
    {
        Length = 0;
        _squeezing = default;
    }

    public override string ToString() => Text.ToString();

    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
            Length = 0;
        }
    }

    private void Reserve(int more)
    {
        if (Length + more <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(Length + more, _chars.Length * 2));
        Text.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}

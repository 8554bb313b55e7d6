using System.Globalization;
using System.Text;

namespace Dossier.Templating;

/// <summary>
/// The text of one page as a layout writes it, kept in one growing array that is reused page after page by the same
/// worker: no string per page, no builder chunks to copy; the finished text is read as a span (to scan its links and
/// encode it as UTF-8 into an array reused the same way). Used by one thread at a time.
/// </summary>
public sealed class LayoutBuffer() : TextWriter(CultureInfo.InvariantCulture)
{
    private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false);
    private char[] _chars = new char[64 * 1024];
    private byte[] _bytes = [];
    private int _length;

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    /// <summary>The text as UTF-8, encoded into an array kept for the next page (valid until the next write).</summary>
    public ReadOnlySpan<byte> Utf8
    {
        get
        {
            // Counted, not bounded: the bound is three bytes a character, and the few pages of several megabytes
            // would grow the array to three times their size.
            var count = Utf8Encoding.GetByteCount(Text);
            if (_bytes.Length < count)
            {
                _bytes = new byte[Math.Max(count, _bytes.Length * 2)];
            }

            return _bytes.AsSpan(0, Utf8Encoding.GetBytes(Text, _bytes));
        }
    }

    public void Clear() => _length = 0;

    public override void Write(char value)
    {
        Room(1);
        _chars[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Room(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    private void Room(int more)
    {
        if (_length + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + more));
        }
    }
}

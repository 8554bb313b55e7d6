namespace Dossier.Markdown;

/// <summary>
/// Where squeezing white space stands, carried from one piece of a text to the next (a builder's chunks): counted once
/// to size the string, then written into it.
/// </summary>
internal struct Squeezing
{
    private bool _pendingSpace;

    /// <summary>The squeezed length of what was counted so far.</summary>
    public int Length { get; private set; }

    public void Count(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = Length > 0;
                continue;
            }

            Length += _pendingSpace ? 2 : 1;
            _pendingSpace = false;
        }
    }

    public void Write(ReadOnlySpan<char> text, Span<char> into)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                into[Length++] = ' ';
                _pendingSpace = false;
            }

            into[Length++] = c;
        }
    }
}

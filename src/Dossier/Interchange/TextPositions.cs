using Dossier.Diagnostics;

namespace Dossier.Interchange;

/// <summary>Turns an offset in a file's text into the line and column a diagnostic names.</summary>
public sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string path, string text)
    {
        Path = path;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Path { get; }

    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public SourceSpan SpanAt(int offset)
    {
        var line = LineOf(offset);
        return new SourceSpan(Path, line, offset - _lineStarts[line - 1] + 1);
    }
}

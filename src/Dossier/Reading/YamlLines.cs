using YamlDotNet.Core;

namespace Dossier.Reading;

/// <summary>
/// Where a parsed YAML text stands in its file: the file's line of the text's first line, and the line YamlDotNet's
/// marks give that first line (1, unless a scanner shared with earlier texts counted their lines too).
/// </summary>
public readonly record struct YamlLines(int FirstLine, long FirstMarkLine = 1)
{
    /// <summary>The file's line of a position YamlDotNet gives.</summary>
    public int Of(Mark mark) => FirstLine + (int)(mark.Line - FirstMarkLine);
}

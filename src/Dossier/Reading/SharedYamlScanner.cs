using System.Buffers;
using YamlDotNet.Core;

namespace Dossier.Reading;

/// <summary>
/// One YAML scanner for the front matters of many files, parsed one after another on one thread: YamlDotNet's scanner
/// takes a 4 KB buffer and more as it is made, many times what a front matter's own tokens take. Each front matter
/// is a document of the shared scanner's text (<see cref="YamlFeed"/>) and is parsed by a parser of its own as if its
/// tokens were a whole stream (<see cref="DocumentTokens"/>).
/// </summary>
/// <remarks>
/// A front matter is only given to it when the shared scanner reads it as a scanner of its own would (<see cref="Fits"/>);
/// any other is parsed afresh, as is any it fails on (after which the scanner, left mid-way, is dropped for a new one).
/// </remarks>
public sealed class SharedYamlScanner
{
    /// <summary>Block scalars (how one ends depends on how its text ends) and line breaks other than <c>\n</c> (lines are counted by it).</summary>
    private static readonly SearchValues<char> Unfit = SearchValues.Create("|>\r\u0085\u2028\u2029");

    private YamlFeed? _feed;
    private Scanner? _scanner;

    /// <summary>
    /// Whether the shared scanner reads <paramref name="yaml"/> as a scanner of its own would. It must start (after blank
    /// lines and comments) with a letter or digit: a plain key, whose scanning resets what the front matter before left
    /// in the scanner before any of it is read. It must have no line starting <c>---</c> or <c>...</c> (a document start
    /// or end), no block scalar and no line break but <c>\n</c>.
    /// </summary>
    public static bool Fits(ReadOnlySpan<char> yaml)
    {
        var i = 0;
        while (i < yaml.Length && yaml[i] is ' ' or '\t' or '\n' or '#')
        {
            if (yaml[i] == '#')
            {
                var lineEnd = yaml[i..].IndexOf('\n');
                if (lineEnd < 0)
                {
                    return false;
                }

                i += lineEnd;
            }

            i++;
        }

        return i < yaml.Length && char.IsAsciiLetterOrDigit(yaml[i]) && !yaml.ContainsAny(Unfit)
            && !yaml.Contains("\n---", StringComparison.Ordinal) && !yaml.Contains("\n...", StringComparison.Ordinal);
    }

    /// <summary>The tokens of <paramref name="yaml"/> (which <see cref="Fits"/>), and where its lines stand.</summary>
    internal IScanner Tokens(ReadOnlyMemory<char> yaml, int firstLine, out YamlLines lines)
    {
        if (_scanner is null)
        {
            _feed = new YamlFeed();
            _scanner = new Scanner(_feed);
            // Its own stream start, once: each front matter's parser is given one of its own.
            _scanner.MoveNextWithoutConsuming();
            _scanner.ConsumeCurrent();
        }

        lines = new YamlLines(firstLine, _feed!.Add(yaml));
        return new DocumentTokens(_scanner);
    }

    /// <summary>Drops the scanner after a front matter it failed on: it is left somewhere inside it.</summary>
    internal void Drop()
    {
        _scanner = null;
        _feed = null;
    }
}

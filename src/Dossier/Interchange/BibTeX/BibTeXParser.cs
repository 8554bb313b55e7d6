using System.Text;
using Dossier.Diagnostics;

namespace Dossier.Interchange.BibTeX;

/// <summary>
/// Reads the structure of a <c>.bib</c> file: entries in braces or parentheses, values in braces (nested) or quotes,
/// numbers, <c>@string</c> macros (the month macros <c>jan</c>…<c>dec</c> predefined) joined with <c>#</c>;
/// <c>@comment</c>, <c>@preamble</c> and text between entries are skipped, as BibTeX does. A malformed entry is
/// reported at its line and column and skipped; reading goes on at the next line starting with <c>@</c>.
/// </summary>
public sealed class BibTeXParser
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly string _text;
    private readonly TextPositions _positions;
    private readonly IDiagnosticSink _sink;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _at;
    private int _valueEnd;

    private BibTeXParser(string path, string text, IDiagnosticSink sink)
    {
        _text = text;
        _positions = new TextPositions(path, text);
        _sink = sink;
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var m = 0; m < 12; m++)
        {
            _macros[months[m]] = MonthNames[m];
        }
    }

    public TextPositions Positions => _positions;

    public static (IReadOnlyList<BibTeXRecord> Records, TextPositions Positions) Parse(string path, string text, IDiagnosticSink sink)
    {
        var parser = new BibTeXParser(path, text, sink);
        return (parser.Records(), parser._positions);
    }

    private List<BibTeXRecord> Records()
    {
        var records = new List<BibTeXRecord>();
        while (true)
        {
            var at = _text.IndexOf('@', _at);
            if (at < 0)
            {
                return records;
            }

            _at = at;
            if (!TryItem(records, out var problem, out var problemAt))
            {
                Report(problemAt, problem.Message, problem.Hint);
                SkipToNextEntry(at);
            }
        }
    }

    /// <summary>One <c>@…</c> item at <see cref="_at"/>: an entry (added to <paramref name="records"/>), a macro, a comment or a preamble.</summary>
    private bool TryItem(List<BibTeXRecord> records, out (string Message, string? Hint) problem, out int problemAt)
    {
        var start = _at;
        _at++;
        SkipSpace();
        var type = Identifier();
        problem = default;
        problemAt = start;
        if (type.Length == 0)
        {
            // A stray '@' (an e-mail address in the text between entries) is not an entry, as in BibTeX.
            return true;
        }

        SkipSpace();
        if (type.Equals("comment", StringComparison.OrdinalIgnoreCase) && !AtOpening())
        {
            // "@comment rest of line": only the line is a comment.
            var end = _text.IndexOf('\n', _at);
            _at = end < 0 ? _text.Length : end + 1;
            return true;
        }

        if (!AtOpening())
        {
            problem = ($"`@{type}` is not followed by `{{` or `(`", "an entry is written @type{key, field = {value}, …}");
            problemAt = _at;
            return false;
        }

        var open = _at;
        var close = _text[_at] == '{' ? '}' : ')';
        _at++;
        if (type.Equals("comment", StringComparison.OrdinalIgnoreCase) || type.Equals("preamble", StringComparison.OrdinalIgnoreCase))
        {
            if (!SkipBalanced(open, close, out problem, out problemAt))
            {
                return false;
            }

            return true;
        }

        if (type.Equals("string", StringComparison.OrdinalIgnoreCase))
        {
            SkipSpace();
            var nameAt = _at;
            var name = Identifier();
            SkipSpace();
            if (name.Length == 0 || !Expect('='))
            {
                problem = ("`@string` needs a name and `=`", "write @string{name = {text}}");
                problemAt = nameAt;
                return false;
            }

            if (!TryValue(out var value, out problem, out problemAt))
            {
                return false;
            }

            _macros[name] = value;
            SkipSpace();
            if (!Expect(close))
            {
                problem = ($"`@string{{{name} …` is not closed with `{close}`", null);
                problemAt = _at;
                return false;
            }

            return true;
        }

        SkipSpace();
        var key = Key(close);
        var fields = new List<BibTeXField>();
        while (true)
        {
            SkipSpace();
            if (_at >= _text.Length)
            {
                problem = ($"the entry `{(key.Length > 0 ? key : "@" + type)}` is never closed: a `{close}` is missing",
                    "every `{` needs its `}`; the entry starts here");
                problemAt = open;
                return false;
            }

            if (_text[_at] == close)
            {
                _at++;
                records.Add(new BibTeXRecord(type.ToLowerInvariant(), key, fields, start));
                return true;
            }

            if (_text[_at] == ',')
            {
                _at++;
                continue;
            }

            var fieldAt = _at;
            var fieldName = Identifier();
            SkipSpace();
            if (fieldName.Length == 0 || !Expect('='))
            {
                if (_at < _text.Length && _text[_at] == '@')
                {
                    // The usual cause: a value missing its `}` swallowed the entry's own closing brace.
                    var runOn = fields.LastOrDefault(f => _positions.LineOf(f.Offset) < _positions.LineOf(f.End) - 1);
                    var hint = runOn is null
                        ? "every `{` needs its `}`; the entry starts here"
                        : $"the value of `{runOn.Name}` (line {_positions.LineOf(runOn.Offset)}) runs on to line {_positions.LineOf(runOn.End)}: a `}}` is probably missing in it";
                    problem = ($"the entry `{key}` is never closed: a `{close}` is missing before the next entry", hint);
                    problemAt = runOn?.Offset ?? open;
                    return false;
                }

                problem = ($"expected a field (`name = value`) in the entry `{key}`, found `{Excerpt(fieldAt)}`", "fields are separated by commas: title = {…}, year = 2024");
                problemAt = fieldAt;
                return false;
            }

            if (!TryValue(out var fieldValue, out problem, out problemAt))
            {
                return false;
            }

            fields.Add(new BibTeXField(fieldName.ToLowerInvariant(), fieldValue, fieldAt) { End = _valueEnd });
        }
    }

    /// <summary>A value: pieces (<c>{…}</c>, <c>"…"</c>, a number, a macro name) joined with <c>#</c>, returned as LaTeX.</summary>
    private bool TryValue(out string value, out (string Message, string? Hint) problem, out int problemAt)
    {
        var joined = new StringBuilder();
        value = "";
        problem = default;
        problemAt = _at;
        while (true)
        {
            SkipSpace();
            var pieceAt = _at;
            if (_at >= _text.Length)
            {
                problem = ("the file ends where a value was expected", null);
                problemAt = _at;
                return false;
            }

            var c = _text[_at];
            if (c == '{')
            {
                _at++;
                var from = _at;
                if (!SkipBalanced(pieceAt, '}', out problem, out problemAt))
                {
                    return false;
                }

                joined.Append(_text, from, _at - from - 1);
            }
            else if (c == '"')
            {
                _at++;
                var from = _at;
                var depth = 0;
                while (_at < _text.Length && !(_text[_at] == '"' && depth == 0))
                {
                    depth += _text[_at] switch { '{' => 1, '}' => -1, _ => 0 };
                    if (depth < 0 || _text[_at] == '@' && depth == 0 && _at > 0 && _text[_at - 1] == '\n')
                    {
                        break;
                    }

                    _at++;
                }

                if (_at >= _text.Length || _text[_at] != '"')
                {
                    problem = ("a value opened with `\"` is never closed", "close the quote, or write the value in braces {…}");
                    problemAt = pieceAt;
                    return false;
                }

                joined.Append(_text, from, _at - from);
                _at++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var from = _at;
                while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
                {
                    _at++;
                }

                joined.Append(_text, from, _at - from);
            }
            else
            {
                var name = Identifier();
                if (name.Length == 0)
                {
                    problem = ($"expected a value (`{{…}}`, `\"…\"`, a number or a @string name), found `{Excerpt(pieceAt)}`", null);
                    problemAt = pieceAt;
                    return false;
                }

                if (!_macros.TryGetValue(name, out var expansion))
                {
                    problem = ($"`{name}` is not a @string defined above", "define it with @string{" + name + " = {…}} before it is used, or write the value in braces");
                    problemAt = pieceAt;
                    return false;
                }

                joined.Append(expansion);
            }

            _valueEnd = _at;
            SkipSpace();
            if (_at < _text.Length && _text[_at] == '#')
            {
                _at++;
                continue;
            }

            value = joined.ToString();
            return true;
        }
    }

    /// <summary>Moves past the <paramref name="close"/> matching the opening at <paramref name="open"/> (already passed), counting nested braces.</summary>
    private bool SkipBalanced(int open, char close, out (string Message, string? Hint) problem, out int problemAt)
    {
        var depth = 0;
        problem = default;
        problemAt = open;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '\\' && _at + 1 < _text.Length)
            {
                _at += 2;
                continue;
            }

            if (c == close && depth == 0)
            {
                _at++;
                return true;
            }

            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                problem = ("a `}` closes more than was opened", "braces must balance inside a value");
                problemAt = _at;
                return false;
            }

            // An entry starting at the beginning of a line while braces are open: the brace was never closed.
            if (c == '\n' && _at + 1 < _text.Length && _text[_at + 1] == '@')
            {
                break;
            }

            _at++;
        }

        problem = ($"`{_text[open]}` is never closed: the braces are unbalanced", $"add the missing `{close}`; it opens at line {_positions.LineOf(open)}");
        problemAt = open;
        return false;
    }

    private string Key(char close)
    {
        var from = _at;
        while (_at < _text.Length && _text[_at] is not (',' or '}' or ')' or '\n') && _text[_at] != close)
        {
            _at++;
        }

        return _text[from.._at].Trim();
    }

    private string Identifier()
    {
        var from = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '!' or '?' or '*' or '&' or '<' or '>' or ';' or '[' or ']' or '|' or '`' or '^' or '$'))
        {
            _at++;
        }

        return _text[from.._at];
    }

    private bool AtOpening() => _at < _text.Length && _text[_at] is '{' or '(';

    private bool Expect(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private void SkipToNextEntry(int from)
    {
        var next = _text.IndexOf("\n@", Math.Max(from + 1, _at - 1), StringComparison.Ordinal);
        _at = next < 0 ? _text.Length : next + 1;
    }

    private string Excerpt(int at)
    {
        var end = Math.Min(_text.Length, at + 20);
        var line = _text.IndexOf('\n', at);
        if (line >= 0 && line < end)
        {
            end = line;
        }

        return at >= _text.Length ? "the end of the file" : _text[at..end];
    }

    private void Report(int offset, string message, string? hint) =>
        _sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, _positions.SpanAt(offset), message, hint));
}

using System.Text;

namespace Dossier.Templating.Minifying;

/// <summary>
/// One pass over a script for <see cref="ScriptMinifier"/>. It knows only the tokens that can hide <c>//</c>, <c>/*</c>
/// or a line break: strings, templates, regular expressions and comments. Whether a <c>/</c> starts a regular
/// expression is decided by the token before it, as JavaScript's grammar does in practice: after a value (a name, a
/// number, a string, <c>)</c>, <c>]</c>, <c>++</c>, <c>--</c>) it divides, after anything else (an operator, <c>(</c>,
/// <c>{</c>, <c>}</c>, <c>;</c>, <c>return</c>, <c>typeof</c>…) it starts a regex.
/// </summary>
internal sealed class ScriptReader(string script)
{
    private static readonly HashSet<string> KeywordsBeforeExpression = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    private readonly StringBuilder _output = new(script.Length);

    // Open braces inside each template substitution `${ … }` we are in, innermost last.
    private readonly Stack<int> _substitutions = new();
    private int _i = script.Length > 0 && script[0] == '\uFEFF' ? 1 : 0;
    private bool _space;
    private bool _regexAllowed = true;

    public string Output => _output.ToString();

    public bool Read()
    {
        while (_i < script.Length)
        {
            var c = script[_i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                LineBreak();
                _i++;
            }
            else if (c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF')
            {
                _space = true;
                _i++;
            }
            else if (c == '/' && At(_i + 1, '/'))
            {
                while (_i < script.Length && script[_i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
                {
                    _i++;
                }
            }
            else if (c == '/' && At(_i + 1, '*'))
            {
                if (!BlockComment())
                {
                    return false;
                }
            }
            else if (c is '"' or '\'')
            {
                if (!QuotedString(c))
                {
                    return false;
                }
            }
            else if (c == '`')
            {
                Emit("`");
                _i++;
                if (!TemplateBody())
                {
                    return false;
                }
            }
            else if (c == '/' && _regexAllowed)
            {
                if (!RegularExpression())
                {
                    return false;
                }
            }
            else if (c == '}' && _substitutions.Count > 0 && _substitutions.Peek() == 0)
            {
                // The end of a `${ … }`: the template goes on.
                _substitutions.Pop();
                Emit("}");
                _i++;
                if (!TemplateBody())
                {
                    return false;
                }
            }
            else if (IsWordPart(c))
            {
                Word();
            }
            else
            {
                Punctuator(c);
            }
        }

        TrimTrailingSpace();
        if (_output.Length > 0 && _output[^1] == '\n')
        {
            _output.Length--;
        }

        return _substitutions.Count == 0;
    }

    private void Punctuator(char c)
    {
        if (_substitutions.Count > 0 && c is '{' or '}')
        {
            _substitutions.Push(_substitutions.Pop() + (c == '{' ? 1 : -1));
        }

        // `a++ / 2` divides; `x = ++/re/.lastIndex` is not JavaScript anyone writes.
        var doubled = (c is '+' or '-') && _output.Length > 0 && _output[^1] == c && !_space;
        Emit(c.ToString());
        _i++;
        _regexAllowed = c is not (')' or ']') && !doubled;
    }

    private void Word()
    {
        var start = _i;
        var number = char.IsAsciiDigit(script[_i]);
        while (_i < script.Length && (IsWordPart(script[_i]) || (number && script[_i] == '.')))
        {
            _i++;
        }

        var word = script[start.._i];
        Emit(word);
        _regexAllowed = KeywordsBeforeExpression.Contains(word);
    }

    private bool BlockComment()
    {
        var end = script.IndexOf("*/", _i + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var comment = script[_i..(end + 2)];
        _i = end + 2;
        if (comment.StartsWith("/*!", StringComparison.Ordinal))
        {
            Emit(comment);
        }
        else if (comment.AsSpan().IndexOfAny('\n', '\r') >= 0 || comment.AsSpan().IndexOfAny('\u2028', '\u2029') >= 0)
        {
            // A comment holding a line break counts as one for semicolon insertion.
            LineBreak();
        }
        else
        {
            _space = true;
        }

        return true;
    }

    private bool QuotedString(char quote)
    {
        var start = _i;
        for (_i++; _i < script.Length; _i++)
        {
            var c = script[_i];
            if (c == '\\')
            {
                // An escaped line break (a line continuation) may be CR LF.
                _i += At(_i + 1, '\r') && At(_i + 2, '\n') ? 2 : 1;
            }
            else if (c is '\n' or '\r')
            {
                return false;
            }
            else if (c == quote)
            {
                _i++;
                Emit(script[start.._i]);
                _regexAllowed = false;
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies a template from after its opening backtick (or a substitution's <c>}</c>) to its end or next <c>${</c>.</summary>
    private bool TemplateBody()
    {
        var start = _i;
        for (; _i < script.Length; _i++)
        {
            var c = script[_i];
            if (c == '\\')
            {
                _i++;
            }
            else if (c == '`')
            {
                _i++;
                _output.Append(script, start, _i - start);
                _regexAllowed = false;
                return true;
            }
            else if (c == '$' && At(_i + 1, '{'))
            {
                _i += 2;
                _output.Append(script, start, _i - start);
                _substitutions.Push(0);
                _regexAllowed = true;
                return true;
            }
        }

        return false;
    }

    private bool RegularExpression()
    {
        var start = _i;
        var inClass = false;
        for (_i++; _i < script.Length; _i++)
        {
            var c = script[_i];
            if (c == '\\')
            {
                _i++;
            }
            else if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return false;
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                _i++;
                while (_i < script.Length && IsWordPart(script[_i]))
                {
                    _i++;
                }

                Emit(script[start.._i]);
                _regexAllowed = false;
                return true;
            }
        }

        return false;
    }

    private void LineBreak()
    {
        TrimTrailingSpace();
        _space = false;
        if (_output.Length > 0 && _output[^1] != '\n')
        {
            _output.Append('\n');
        }
    }

    private void Emit(string text)
    {
        // These are tokens of one character that never join a neighbour into a longer token: no space is needed beside them.
        const string alone = "{}()[];,:";
        if (_space && _output.Length > 0 && _output[^1] != '\n' && !alone.Contains(_output[^1]) && !alone.Contains(text[0]))
        {
            _output.Append(' ');
        }

        _space = false;
        _output.Append(text);
    }

    private void TrimTrailingSpace()
    {
        while (_output.Length > 0 && _output[^1] == ' ')
        {
            _output.Length--;
        }
    }

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' || c > 0x7F && char.IsLetterOrDigit(c);

    private bool At(int index, char c) => index < script.Length && script[index] == c;
}

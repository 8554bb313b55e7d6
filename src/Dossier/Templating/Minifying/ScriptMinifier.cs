using System.Text;

namespace Dossier.Templating.Minifying;

/// <summary>
/// Removes what a JavaScript parser skips without meaning: comments (except <c>/*! … */</c>), indentation, trailing
/// space, blank lines, runs of spaces and spaces beside <c>{ } ( ) [ ] ; , :</c>. Every line break between tokens stays, so automatic semicolon insertion reads
/// the script as before. Strings, template literals (with their <c>${…}</c>) and regular expression literals are copied
/// as written; a script the reader cannot follow to its end (an unclosed string, comment, template or regex) is left whole.
/// </summary>
public static class ScriptMinifier
{
    /// <summary>The script made smaller, or null when it cannot be read with certainty.</summary>
    public static string? Minify(string script)
    {
        var reader = new ScriptReader(script);
        return reader.Read() ? reader.Output : null;
    }
}

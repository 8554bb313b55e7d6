using System.Text;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Decodes file bytes as strict UTF-8 (a BOM is tolerated) and normalises line endings to LF.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C.</summary>
    private static readonly System.Buffers.SearchValues<char> BidiControls = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    public static string? Decode(string relativePath, ReadOnlySpan<byte> bytes, IDiagnosticSink sink)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error, new(relativePath, 1, 1),
                "the file is UTF-16; content files must be UTF-8", "re-save the file with the UTF-8 encoding"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            sink.Report(new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error, new(relativePath, line, 1),
                "the file is not valid UTF-8", "re-save the file with the UTF-8 encoding"));
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        ReportBidiControls(relativePath, text, sink);
        return text;
    }

    /// <summary>
    /// Bidirectional control characters can make text display in another order than it is stored
    /// ("Trojan Source"): a reviewer would approve what they see, not what is built. Each is an error.
    /// </summary>
    private static void ReportBidiControls(string relativePath, string text, IDiagnosticSink sink)
    {
        // Nearly every file has none: one vectorised search, and lines are only counted up to a hit.
        var i = text.AsSpan().IndexOfAny(BidiControls);
        if (i < 0)
        {
            return;
        }

        var line = 1 + text.AsSpan(0, i).Count('\n');
        var lineStart = text.LastIndexOf('\n', i) + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (BidiControls.Contains(c))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.BidiControl, Severity.Error, new SourceSpan(relativePath, line, i - lineStart + 1, 1),
                    $"the invisible bidirectional control character U+{(int)c:X4} can make text display differently from what is built",
                    "delete it; to mark a right-to-left quotation, use a `lang` on the citation instead"));
            }
        }
    }
}

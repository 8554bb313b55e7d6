using System.Buffers;
using System.Text;
using System.Text.Json;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;

namespace Dossier.Interchange;

/// <summary>
/// Writes one source's own file in one format, the same bytes <see cref="BibliographyDownloads.Write"/> gives for a
/// one-entry list, into buffers kept from file to file: a site has thousands of these small files, and a fresh
/// builder, JSON writer and stream per file, each grown from nothing, was most of what the exports allocated.
/// Used by one thread at a time.
/// </summary>
public sealed class EntryFileWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StringBuilder _text = new(2048);
    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[2048];

    public EntryFileWriter() => _json = CslJsonWriter.NewWriter(_bytes);

    public byte[] Write(InterchangeFormat format, InterchangeEntry entry)
    {
        if (format == InterchangeFormat.CslJson)
        {
            _bytes.ResetWrittenCount();
            CslJsonWriter.Write([entry], _json, _bytes);
            return _bytes.WrittenSpan.ToArray();
        }

        _text.Clear();
        if (format == InterchangeFormat.BibTeX)
        {
            BibTeXWriter.Write(entry, _text);
        }
        else
        {
            RisWriter.Write(entry, _text);
        }

        if (_chars.Length < _text.Length)
        {
            _chars = new char[Math.Max(_text.Length, _chars.Length * 2)];
        }

        _text.CopyTo(0, _chars, _text.Length);
        return Utf8.GetBytes(_chars, 0, _text.Length);
    }

    public void Dispose() => _json.Dispose();
}

using System.Text;
using System.Text.Json;
using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Interchange.CslJson;

/// <summary>
/// Reads CSL-JSON: an array of items (a single item, or <c>{"items": […]}</c>, is read too) with <c>issued</c> and
/// <c>accessed</c> as <c>date-parts</c>, <c>raw</c> or an ISO/EDTF string, <c>author</c> as family/given or literal,
/// <c>container-title</c> or <c>publisher</c>. Every other property is kept as unmodelled.
/// </summary>
public static class CslJsonReader
{
    private static readonly HashSet<string> Modelled = new(StringComparer.Ordinal)
    {
        "id", "type", "title", "translated-title", "author", "issued", "accessed", "language", "URL", "DOI", "genre", "medium",
    };

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static IReadOnlyList<InterchangeEntry> Read(string path, string text, IDiagnosticSink sink)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, line, column),
                $"this is not valid JSON: {reason}", "CSL-JSON is an array of items: [{\"id\": \"…\", \"type\": \"webpage\", \"title\": \"…\"}]"));
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object when root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array => list.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => [],
            };
            if (items.Count == 0 && root.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, 1, 1),
                    "CSL-JSON is an array of items, not a single value", null));
            }

            var lines = ItemLines(text);
            var entries = new List<InterchangeEntry>();
            for (var i = 0; i < items.Count; i++)
            {
                var line = i < lines.Count ? lines[i] : 1;
                if (items[i].ValueKind != JsonValueKind.Object)
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, line, 1),
                        $"item {i + 1} is not an object", "each item is {\"id\": …, \"type\": …}"));
                    continue;
                }

                if (Entry(items[i], path, line, sink) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            return entries;
        }
    }

    private static InterchangeEntry? Entry(JsonElement item, string path, int line, IDiagnosticSink sink)
    {
        string? Text(string name) => item.TryGetProperty(name, out var v) ? Scalar(v) is { Length: > 0 } s ? s : null : null;

        if (!TryDate(item, "issued", path, line, sink, out var issued) || !TryDate(item, "accessed", path, line, sink, out var accessed))
        {
            return null;
        }

        var publisherName = Text("container-title") is not null ? "container-title" : Text("publisher") is not null ? "publisher" : null;
        string? archive = null;
        var unmodelled = new List<UnmodelledField>();
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name == "custom" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var custom in property.Value.EnumerateObject())
                {
                    if (custom.Name == "archive_url" && custom.Value.ValueKind == JsonValueKind.String)
                    {
                        archive = custom.Value.GetString();
                    }
                    else
                    {
                        unmodelled.Add(new UnmodelledField("custom." + custom.Name, Scalar(custom.Value) ?? ""));
                    }
                }
            }
            else if (!Modelled.Contains(property.Name) && property.Name != publisherName
                && !(property.Name is "genre" or "medium") && Scalar(property.Value) is { Length: > 0 } value)
            {
                unmodelled.Add(new UnmodelledField(property.Name, value));
            }
        }

        var type = Text("type") ?? "";
        var genre = Text("genre");
        var medium = Text("medium");
        var ours = CslJsonTypes.Read(type, genre, medium);
        if (genre is not null && ours != CitationType.Government)
        {
            unmodelled.Add(new UnmodelledField("genre", genre));
        }

        if (medium is not null && ours != CitationType.Pdf)
        {
            unmodelled.Add(new UnmodelledField("medium", medium));
        }

        var language = Text("language");
        return new InterchangeEntry(Text("id") ?? "")
        {
            Type = ours,
            SourceType = type,
            Title = Text("title") ?? "",
            TitleEn = Text("translated-title"),
            Language = language is null ? null : LanguageNames.TagOf(language) ?? language,
            Publisher = publisherName is null ? null : Text(publisherName),
            Authors = Authors(item),
            Published = issued,
            Url = Text("URL"),
            Accessed = accessed,
            ArchiveUrl = archive,
            Doi = Text("DOI"),
            Unmodelled = unmodelled,
            Line = line,
        };
    }

    private static IReadOnlyList<string> Authors(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var authors) || authors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var author in authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
        {
            string Part(string name) => author.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";
            var literal = Part("literal");
            var parts = new[] { Part("given"), Part("dropping-particle"), Part("non-dropping-particle"), Part("family"), Part("suffix") };
            var name = literal.Length > 0 ? literal : string.Join(' ', parts.Where(p => p.Length > 0));
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>A CSL date: <c>{"date-parts": [[2022, 4, 12]]}</c> (a range dated by its start), <c>{"raw": "2022-04-12"}</c> or an ISO string.</summary>
    private static bool TryDate(JsonElement item, string name, string path, int line, IDiagnosticSink sink, out PartialDate? date)
    {
        date = null;
        if (!item.TryGetProperty(name, out var value))
        {
            return true;
        }

        string? text = null;
        if (value.ValueKind == JsonValueKind.String)
        {
            text = value.GetString();
        }
        else if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("date-parts", out var parts)
                 && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array)
        {
            text = string.Join('-', parts[0].EnumerateArray().Select((p, i) => (Scalar(p) ?? "").PadLeft(i == 0 ? 4 : 2, '0')));
        }
        else if (value.ValueKind == JsonValueKind.Object && (value.TryGetProperty("raw", out var raw) || value.TryGetProperty("literal", out raw)))
        {
            text = Scalar(raw);
        }

        if (text is not null && EntryDates.TryParse(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        sink.Report(new Diagnostic(DiagnosticCodes.ImportDate, Severity.Error, new SourceSpan(path, line, 1),
            $"`{name}` of this item is not a date: `{Shorten(value.GetRawText())}`; the item is skipped",
            $"write \"{name}\": {{\"date-parts\": [[2022, 4, 12]]}} (or [[2022, 4]], [[2022]])"));
        return false;
    }

    /// <summary>A property's value as text: strings as they are, numbers and booleans as written, arrays joined, objects as JSON.</summary>
    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Scalar).Where(s => s is { Length: > 0 })),
        JsonValueKind.Object => value.GetRawText(),
        _ => null,
    };

    /// <summary>The line each item starts on: the values of the root array, or of the root object's <c>"items"</c>, or the root object itself.</summary>
    private static List<int> ItemLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        var starts = new List<long>();
        var itemDepth = -1;
        var rootObjectAt = -1L;
        var itemsNext = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartArray)
            {
                itemDepth = 1;
            }
            else if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartObject)
            {
                rootObjectAt = reader.TokenStartIndex;
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && itemDepth < 0)
            {
                itemsNext = reader.ValueTextEquals("items"u8);
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray && itemsNext)
            {
                itemDepth = 2;
                itemsNext = false;
            }
            else if (reader.CurrentDepth == itemDepth && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment))
            {
                starts.Add(reader.TokenStartIndex);
            }
        }

        if (itemDepth < 0 && rootObjectAt >= 0)
        {
            starts.Add(rootObjectAt);
        }

        var lines = new List<int>(starts.Count);
        var line = 1;
        var at = 0L;
        foreach (var start in starts)
        {
            for (; at < start; at++)
            {
                if (bytes[at] == (byte)'\n')
                {
                    line++;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

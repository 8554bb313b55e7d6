using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Dossier.Reading;

/// <summary>
/// Typed access to one file's front matter. Every read checks the value's type and form
/// and reports a positioned diagnostic instead of throwing, so one run finds every problem.
/// </summary>
public sealed partial class FrontMatterFields
{
    private readonly string _path;
    private readonly YamlLines _lines;
    private readonly IDiagnosticSink _sink;
    private readonly CollectionSchema _schema;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries;
    private readonly Dictionary<string, SourceSpan> _valueSpans;

    // Keys an unknown key was taken for ("acessed" → "accessed"): that key's absence is the same mistake,
    // so it is not reported a second time as missing. Made at the first unknown key: most files have none.
    private HashSet<string>? _misspelt;

    public FrontMatterFields(string path, YamlMappingNode mapping, YamlLines lines, CollectionSchema schema, IDiagnosticSink sink)
    {
        _path = path;
        _schema = schema;
        _lines = lines;
        _sink = sink;
        // Sized once for the keys there are, rather than grown key by key: one pair of these per file.
        _entries = new(mapping.Children.Count, StringComparer.Ordinal);
        _valueSpans = new(mapping.Children.Count, StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                Report(DiagnosticCodes.WrongType, keyNode, "a front-matter key must be a plain word");
                continue;
            }

            // A repeated key never gets here: DuplicateKeySkipper reported and dropped it while parsing.
            _entries[key] = (scalarKey, value);
            _valueSpans[key] = SpanOf(IsNull(value) ? keyNode : value);
        }
    }

    /// <summary>The position of each key's value, for diagnostics raised by later stages.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans => _valueSpans;

    /// <summary>Reports every key the schema does not allow, with the closest allowed key as a hint.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, entry) in _entries)
        {
            if (_schema.Allows(key))
            {
                continue;
            }

            var allowed = _schema.Keys;
            var closest = DidYouMean.Closest(key, allowed);
            if (closest is not null)
            {
                (_misspelt ??= new(StringComparer.Ordinal)).Add(closest);
            }

            var hint = closest is null
                ? $"the keys allowed here are: {string.Join(", ", allowed)}"
                : $"did you mean `{closest}`?";
            Report(DiagnosticCodes.UnknownKey, entry.Key, $"unknown front-matter key `{key}`", hint);
        }
    }

    public string? String(string key)
    {
        if (!TryGet(key, FieldKind.Text, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a single text value, not a list or a mapping");
            return null;
        }

        return scalar.Value;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        if (!TryGet(key, FieldKind.TextList, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a list",
                $"write it as `{key}: [first, second]` or as lines starting with `- `");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                items.Add(value);
            }
            else
            {
                Report(DiagnosticCodes.WrongType, item, $"every item of `{key}` must be a single text value");
            }
        }

        return items;
    }

    /// <summary>A list of document ids, each with its own position so an unknown one can be pointed at.</summary>
    public IReadOnlyList<IdReference> Ids(string key)
    {
        if (!TryGet(key, FieldKind.IdList, out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a list of ids", $"write it as `{key}: [first-id, second-id]`");
            return [];
        }

        var ids = new List<IdReference>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                ids.Add(new IdReference(value, SpanOf(item)));
            }
            else
            {
                Report(DiagnosticCodes.WrongType, item, $"every item of `{key}` must be an id");
            }
        }

        if (sequence.Children.Count < _schema.Field(key, FieldKind.IdList).MinItems)
        {
            Report(DiagnosticCodes.MissingKey, node, $"`{key}` needs at least one id");
        }

        return ids;
    }

    /// <summary>One document id, with its position.</summary>
    public IdReference? Id(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Id);
        if (node is null)
        {
            return null;
        }

        return new IdReference(node.Value!, SpanOf(node));
    }

    /// <summary>A decimal number such as <c>12</c> or <c>-3.5</c>, read the same on every culture.</summary>
    public decimal? Number(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Number);
        if (node is null)
        {
            return null;
        }

        if (IsNumber(node.Value!, out var number))
        {
            return number;
        }

        Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a number, not `{node.Value}`", "write it with digits and a decimal point, e.g. 12 or 3.5");
        return null;
    }

    /// <summary>One of the words the schema allows for the key.</summary>
    public string? Choice(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Choice);
        if (node is null)
        {
            return null;
        }

        var allowed = _schema.Field(key, FieldKind.Choice).Choices;
        if (allowed.Contains(node.Value!, StringComparer.Ordinal))
        {
            return node.Value;
        }

        var closest = DidYouMean.Closest(node.Value!, allowed);
        var hint = closest is null ? $"use one of: {string.Join(", ", allowed)}" : $"did you mean `{closest}`?";
        Report(DiagnosticCodes.InvalidValue, node, $"`{key}` cannot be `{node.Value}`", hint);
        return null;
    }

    /// <summary>The value as it was written, for keys read by a reader of their own; null when absent.</summary>
    public YamlNode? Node(string key, FieldKind kind) => TryGet(key, kind, out var node) ? node : null;

    /// <summary>Where a node of this front matter stands in the file.</summary>
    public SourceSpan SpanOf(YamlNode node)
    {
        var length = node.End.Line == node.Start.Line ? (int)(node.End.Column - node.Start.Column) : 0;
        return new(_path, _lines.Of(node.Start), (int)node.Start.Column, Math.Max(0, length));
    }

    /// <summary>Reads a mapping nested in this front matter by its own schema, reporting into the same sink.</summary>
    public FrontMatterFields Nested(YamlMappingNode mapping, CollectionSchema schema) => new(_path, mapping, _lines, schema, _sink);

    /// <summary>A full ISO 8601 date, <c>2024-12-31</c>.</summary>
    public DateOnly? Date(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Date);
        if (node is null)
        {
            return null;
        }

        if (Content.PartialDate.TryParse(node.Value!, out var date) && date.IsFullDate)
        {
            return date.ToDateOnly();
        }

        Report(DiagnosticCodes.InvalidDate, node, $"`{key}` is not a date: `{node.Value}`", DateHint(node.Value!, partial: false));
        return null;
    }

    /// <summary>A year, a year-month or a full date.</summary>
    public Content.PartialDate? PartialDate(string key) => PartialDateOf(key, ScalarOrReport(key, FieldKind.PartialDate));

    /// <summary>A mapping <c>{start: …, end: …}</c> of partial dates.</summary>
    public Period? Period(string key)
    {
        if (!TryGet(key, FieldKind.Period, out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a mapping like `{{start: 2023, end: 2025}}`");
            return null;
        }

        var inner = Nested(mapping, ContentSchemas.Period);
        inner.RejectUnknownKeys();
        return new Period(inner.PartialDate("start"), inner.PartialDate("end"));
    }

    public T? Enum<T>(string key)
        where T : struct, Enum
    {
        var node = ScalarOrReport(key, FieldKind.Choice);
        if (node is null)
        {
            return null;
        }

        if (EnumNames.TryParse<T>(node.Value!, out var value))
        {
            return value;
        }

        var allowed = EnumNames.All<T>();
        var closest = DidYouMean.Closest(node.Value!, allowed);
        var hint = closest is null ? $"use one of: {string.Join(", ", allowed)}" : $"did you mean `{closest}`?";
        Report(DiagnosticCodes.InvalidValue, node, $"`{key}` cannot be `{node.Value}`", hint);
        return null;
    }

    public bool? Bool(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Bool);
        if (node is null)
        {
            return false;
        }

        if (node.Value is "true" or "false")
        {
            return node.Value == "true";
        }

        Report(DiagnosticCodes.WrongType, node, $"`{key}` must be `true` or `false`, not `{node.Value}`");
        return null;
    }

    /// <summary>An absolute http or https URL.</summary>
    public string? Url(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Url);
        if (node is null)
        {
            return null;
        }

        if (IsHttpUrl(node.Value!))
        {
            return node.Value;
        }

        Report(DiagnosticCodes.InvalidUrl, node, $"`{key}` must be an absolute http or https URL, not `{node.Value}`",
            "copy the address from the browser's address bar, starting with https://");
        return null;
    }

    /// <summary>A BCP 47 language tag such as <c>ru</c> or <c>en-GB</c>.</summary>
    public string? Language(string key)
    {
        var node = ScalarOrReport(key, FieldKind.Language);
        if (node is null)
        {
            return null;
        }

        if (LanguageTag().IsMatch(node.Value!))
        {
            return node.Value;
        }

        Report(DiagnosticCodes.InvalidLanguage, node, $"`{key}` must be a BCP 47 language tag such as `ru` or `en`, not `{node.Value}`");
        return null;
    }

    /// <summary>A decimal number as front matter writes it (<c>12</c>, <c>-3.5</c>), read the same on every culture.</summary>
    public static bool IsNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    /// <summary>True for a BCP 47 language tag as front matter accepts it (<c>ru</c>, <c>en-GB</c>).</summary>
    public static bool IsLanguageTag(string text) => LanguageTag().IsMatch(text);

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !text.Any(char.IsWhiteSpace);

    private Content.PartialDate? PartialDateOf(string key, YamlScalarNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (Content.PartialDate.TryParse(node.Value!, out var date))
        {
            return date;
        }

        Report(DiagnosticCodes.InvalidDate, node, $"`{key}` is not a date: `{node.Value}`", DateHint(node.Value!, partial: true));
        return null;
    }

    private static string DateHint(string text, bool partial)
    {
        var match = DottedDate().Match(text);
        if (match.Success)
        {
            var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = match.Groups[3].Value;
            var (month, day, reading) = first > 12 ? (second, first, "day.month.year") : (first, second, "month.day.year");
            if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                return $"dates are written 2024-12-31 (ISO 8601); `{text}` looks like {reading}: write `{year}-{month:D2}-{day:D2}`";
            }
        }

        return partial
            ? "write a date as 2024-12-31, a month as 2024-12 or a year as 2024 (ISO 8601)"
            : "dates are written 2024-12-31 (ISO 8601)";
    }

    private YamlScalarNode? ScalarOrReport(string key, FieldKind kind)
    {
        if (!TryGet(key, kind, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        Report(DiagnosticCodes.WrongType, node, $"`{key}` must be a single value, not a list or a mapping");
        return null;
    }

    private bool TryGet(string key, FieldKind kind, out YamlNode node)
    {
        var required = _schema.Field(key, kind).Required;
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            node = entry.Value;
            return true;
        }

        node = null!;
        if (required && _misspelt?.Contains(key) != true)
        {
            var span = entry.Key is null ? new SourceSpan(_path, _lines.FirstLine - 1, 1) : SpanOf(entry.Key);
            _sink.Report(new Diagnostic(DiagnosticCodes.MissingKey, Severity.Error, span,
                $"`{key}` is required", $"add a line `{key}: …` to the front matter"));
        }

        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>Reports a problem at a node of this front matter.</summary>
    public void Report(DiagnosticCode code, YamlNode node, string message, string? hint = null) =>
        _sink.Report(new Diagnostic(code, code.DefaultSeverity, SpanOf(node), message, hint));

    [GeneratedRegex(@"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}

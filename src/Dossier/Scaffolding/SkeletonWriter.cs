using System.Globalization;
using System.Text;
using Dossier.Content.Schema;

namespace Dossier.Scaffolding;

/// <summary>
/// Writes a new document from its collection's schema: every required key with its value, in the
/// schema's order, then the optional keys given a value (<c>dossier new citation --from-url</c> finds some), then
/// every other optional key as a YAML comment with what it means, then the body.
/// Driven by the schema the validator reads through, so a skeleton never lacks a required key.
/// </summary>
public static class SkeletonWriter
{
    /// <param name="schema">The collection's front-matter keys.</param>
    /// <param name="values">A value for every required key, and for any optional key that has one.</param>
    /// <param name="body">The Markdown after the front matter; may be empty.</param>
    public static string Write(CollectionSchema schema, IReadOnlyDictionary<string, SkeletonValue> values, string body)
    {
        var extra = values.Keys.FirstOrDefault(k => !schema.Fields.Any(f => f.Name == k));
        if (extra is not null)
        {
            throw new ArgumentException($"`{extra}` is not a key of the {schema.Name} schema", nameof(values));
        }

        var text = new StringBuilder("---\n");
        foreach (var field in schema.Fields.Where(f => f.Required))
        {
            if (!values.TryGetValue(field.Name, out var value))
            {
                throw new ArgumentException($"no value for the required key `{field.Name}`", nameof(values));
            }

            text.Append(field.Name).Append(": ").Append(Format(field, value));
            if (field.Kind == FieldKind.Choice)
            {
                text.Append("  # one of: ").Append(string.Join(", ", field.Choices));
            }

            text.Append('\n');
        }

        foreach (var field in schema.Fields.Where(f => !f.Required && values.ContainsKey(f.Name)))
        {
            text.Append(field.Name).Append(": ").Append(Format(field, values[field.Name])).Append('\n');
        }

        var optional = schema.Fields.Where(f => !f.Required && !values.ContainsKey(f.Name)).ToList();
        if (optional.Count > 0)
        {
            text.Append("# Optional keys: delete the leading \"# \" and fill in the value to use one.\n");
            var examples = optional.Select(f => $"# {f.Name}: {Example(f)}").ToList();
            var width = examples.Max(e => e.Length);
            for (var i = 0; i < optional.Count; i++)
            {
                text.Append(examples[i].PadRight(width)).Append("  # ").Append(Describe(optional[i])).Append('\n');
            }
        }

        text.Append("---\n");
        if (body.Length > 0)
        {
            text.Append('\n').Append(body.TrimEnd('\n')).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, including <c>:</c>, <c>#</c> and quotes.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static string Format(FieldSpec field, SkeletonValue value) => (field.Kind, value) switch
    {
        (FieldKind.Text or FieldKind.Url, SkeletonValue.Scalar s) => Quote(s.Text),
        (FieldKind.Date or FieldKind.PartialDate or FieldKind.Choice or FieldKind.Language or FieldKind.Bool or FieldKind.Number or FieldKind.Id,
            SkeletonValue.Scalar s) => s.Text,
        (FieldKind.TextList, SkeletonValue.List l) => "[" + string.Join(", ", l.Items.Select(Quote)) + "]",
        (FieldKind.IdList, SkeletonValue.List l) => "[" + string.Join(", ", l.Items) + "]",
        _ => throw new ArgumentException($"`{field.Name}` is a {field.Kind}; cannot write {value} for it", nameof(value)),
    };

    /// <summary>What follows the key when an editor uncomments it: an empty list or mapping to fill, else nothing.</summary>
    private static string Example(FieldSpec field) => field.Kind switch
    {
        FieldKind.TextList or FieldKind.IdList => "[]",
        FieldKind.Period => "{start: , end: }",
        _ => "",
    };

    private static string Describe(FieldSpec field) =>
        field.Kind == FieldKind.Choice ? $"{field.Description}: {string.Join(", ", field.Choices)}" : field.Description;
}

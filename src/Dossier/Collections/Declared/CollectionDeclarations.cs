using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Reading;
using YamlDotNet.RepresentationModel;

namespace Dossier.Collections.Declared;

/// <summary>
/// Reads the <c>collections:</c> of <c>dossier.yml</c> into <see cref="DeclaredCollection"/>s, reporting each mistake
/// where it was written: a name a built-in collection or a folder of the site already has, an unknown field type, a
/// <c>to:</c> naming no collection, a field every document already has. A collection with a mistake is still
/// declared (without the faulty field), so its documents are read and their own mistakes found in the same run.
/// </summary>
public static partial class CollectionDeclarations
{
    private static readonly IReadOnlyDictionary<string, FieldKind> Types = new Dictionary<string, FieldKind>(StringComparer.Ordinal)
    {
        ["string"] = FieldKind.Text,
        ["date"] = FieldKind.PartialDate,
        ["url"] = FieldKind.Url,
        ["number"] = FieldKind.Number,
        ["bool"] = FieldKind.Bool,
        ["enum"] = FieldKind.Choice,
        ["ref"] = FieldKind.Id,
        ["refs"] = FieldKind.IdList,
    };

    public static IReadOnlyList<DeclaredCollection> Read(FrontMatterFields settings, CollectionSet builtIn)
    {
        if (settings.Node("collections", FieldKind.Collections) is not { } node)
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(settings, node, "`collections` must be a mapping: one key per collection, e.g. `events:`, with its `fields:`");
            return [];
        }

        // Every name first: a field may refer to a collection declared after it.
        var names = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(n => NameProblem(n, builtIn) is null).ToHashSet(StringComparer.Ordinal);
        var known = builtIn.All.Select(c => c.Name).Concat(names).ToList();
        var declared = new List<DeclaredCollection>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (YamlScalarNode)keyNode;
            var name = key.Value ?? "";
            if (NameProblem(name, builtIn) is { } problem)
            {
                Report(settings, key, problem.Message, problem.Hint);
                continue;
            }

            if (value is not YamlMappingNode body)
            {
                Report(settings, value, $"the collection `{name}` must be a mapping with `name`, `singular` and `fields`");
                continue;
            }

            declared.Add(ReadOne(settings, name, body, known));
        }

        return declared;
    }

    private static DeclaredCollection ReadOne(FrontMatterFields settings, string name, YamlMappingNode body, IReadOnlyList<string> known)
    {
        var declaration = settings.Nested(body, ContentSchemas.CollectionDeclaration);
        declaration.RejectUnknownKeys();
        var plural = declaration.String("name") ?? Words(name);
        var singular = declaration.String("singular") ?? SingularOf(plural);
        var description = declaration.String("description");
        var fields = new List<FieldSpec>();
        if (declaration.Node("fields", FieldKind.Any) is { } fieldsNode)
        {
            if (fieldsNode is YamlMappingNode fieldMapping)
            {
                foreach (var (fieldKey, fieldValue) in fieldMapping.Children)
                {
                    if (ReadField(declaration, name, (YamlScalarNode)fieldKey, fieldValue, known) is { } field)
                    {
                        fields.Add(field);
                    }
                }
            }
            else
            {
                Report(declaration, fieldsNode, $"the `fields` of `{name}` must be a mapping: one key per field, e.g. `date: {{ type: date }}`");
            }
        }

        return new DeclaredCollection(name, plural, singular, description, fields);
    }

    private static FieldSpec? ReadField(FrontMatterFields declaration, string collection, YamlScalarNode key, YamlNode value, IReadOnlyList<string> known)
    {
        var name = key.Value ?? "";
        if (!FieldName().IsMatch(name))
        {
            Report(declaration, key, $"`{name}` cannot be a field name", "write it in lowercase letters, digits and `_`, starting with a letter, e.g. `founded_in`");
            return null;
        }

        if (name == ContentSchemas.Silence.Name)
        {
            Report(declaration, key, $"`{name}` is a key every document has already", "remove it from `fields`, or give the field another name");
            return null;
        }

        if (value is not YamlMappingNode mapping)
        {
            Report(declaration, value, $"the field `{name}` must be a mapping such as `{{ type: string }}`");
            return null;
        }

        var field = declaration.Nested(mapping, ContentSchemas.FieldDeclaration);
        field.RejectUnknownKeys();
        var typeName = field.String("type");
        var required = field.Bool("required") ?? false;
        var described = field.String("description");
        var values = field.Strings("values");
        var toNode = field.Node("to", FieldKind.Any);
        if (typeName is null)
        {
            return null;
        }

        if (!Types.TryGetValue(typeName, out var kind))
        {
            var near = Diagnostics.DidYouMean.Closest(typeName, Types.Keys.ToList());
            Report(field, field.Node("type", FieldKind.Text)!, $"`{typeName}` is not a field type",
                near is null ? $"use one of: {string.Join(", ", Types.Keys)}" : $"did you mean `{near}`?");
            return null;
        }

        // A field every document has (title, summary, updated, draft) may be declared again, as what it is.
        var common = ContentSchemas.DeclaredCommon.FirstOrDefault(f => f.Name == name);
        if (common is not null && common.Kind != kind)
        {
            Report(field, key, $"`{name}` is a field every document has already, as {KindName(common.Kind)}",
                $"declare it as `{{ type: {KindName(common.Kind)} }}`, remove it from `fields`, or give the field another name");
            return null;
        }

        var spec = new FieldSpec(name, kind, required, described ?? common?.Description ?? "");
        if (kind == FieldKind.Choice)
        {
            if (values.Count == 0)
            {
                Report(field, key, $"the enum field `{name}` needs its `values`", "add `values: [first, second]`");
                return null;
            }

            spec = spec with { Choices = values };
        }
        else if (field.Node("values", FieldKind.TextList) is { } misplaced)
        {
            Report(field, misplaced, $"`values` is for enum fields; `{name}` is a {typeName}", "remove `values`, or make the field `type: enum`");
        }

        if (kind is FieldKind.Id or FieldKind.IdList)
        {
            if (toNode is null)
            {
                Report(field, key, $"the {typeName} field `{name}` must say which collections it names", $"add `to: countries` or `to: [countries, people]`");
                return null;
            }

            var to = TargetsOf(field, toNode, known);
            if (to.Count == 0)
            {
                return null;
            }

            spec = spec with { RefersTo = to };
            if (described is null)
            {
                spec = spec with { Description = kind == FieldKind.Id ? $"an id from {Or(to)}" : $"ids from {Or(to)}" };
            }
        }
        else if (toNode is not null)
        {
            Report(field, toNode, $"`to` is for ref and refs fields; `{name}` is a {typeName}", "remove `to`, or make the field `type: ref` or `type: refs`");
        }

        return spec.Description.Length > 0 ? spec : spec with { Description = DescriptionOf(kind) };
    }

    /// <summary>What a field holds, said for editors when its declaration does not say what it means.</summary>
    private static string DescriptionOf(FieldKind kind) => kind switch
    {
        FieldKind.PartialDate => "a date: 2024-08-28, 2024-08 or 2024",
        FieldKind.Url => "an absolute http(s) address",
        FieldKind.Number => "a number, e.g. 12 or 3.5",
        FieldKind.Bool => "true or false",
        FieldKind.Choice => "one of",
        _ => "text",
    };

    private static string Or(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    /// <summary>The collections a <c>to:</c> names (one name or a list), reporting each one that does not exist.</summary>
    private static List<string> TargetsOf(FrontMatterFields field, YamlNode node, IReadOnlyList<string> known)
    {
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var targets = new List<string>();
        var faulty = false;
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } target })
            {
                Report(field, item, "`to` names collections: a name, or a list of names");
                faulty = true;
                continue;
            }

            if (!known.Contains(target, StringComparer.Ordinal))
            {
                var near = Diagnostics.DidYouMean.Closest(target, known);
                Report(field, item, $"`to` names `{target}`, but there is no collection `{target}`",
                    near is null ? $"the collections are: {string.Join(", ", known)}" : $"did you mean `{near}`?");
                faulty = true;
                continue;
            }

            targets.Add(target);
        }

        return faulty ? [] : targets.Distinct(StringComparer.Ordinal).ToList();
    }

    private static (string Message, string? Hint)? NameProblem(string name, CollectionSet builtIn)
    {
        if (builtIn.Named(name) is not null)
        {
            return ($"`{name}` is a built-in collection", "give the declared collection another name, e.g. `events` or `people`");
        }

        if (BuiltInCollections.ReservedNames.Contains(name, StringComparer.Ordinal))
        {
            return ($"`{name}` is a folder of the site Dossier writes itself", "give the collection another name");
        }

        return DocumentId.IsValid(name) ? null : ($"`{name}` cannot be a collection name", $"it becomes a folder name: {DocumentId.Rule}");
    }

    /// <summary>The word <c>dossier.yml</c> uses for a kind of field (a full date is written as a date).</summary>
    private static string KindName(FieldKind kind) => kind == FieldKind.Date ? "date" : Types.First(t => t.Value == kind).Key;

    /// <summary>"people" → "People"; "trade-deals" → "Trade deals".</summary>
    private static string Words(string name) => Pages.Labels.Of(name);

    /// <summary>A guess at the singular when none is declared: "Events" → "Event", "Companies" → "Company".</summary>
    private static string SingularOf(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') && plural.Length > 1 ? plural[..^1]
        : plural;

    private static void Report(FrontMatterFields fields, YamlNode node, string message, string? hint = null) =>
        fields.Report(DiagnosticCodes.CollectionDeclaration, node, message, hint);

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();
}

using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Scaffolding;

namespace Dossier.Collections.Declared;

/// <summary>
/// What <c>dossier new</c> writes for a declared collection: the title, every required field from <c>--set key=value</c>
/// (a date defaults to today), and every optional field as a comment. A required value that cannot be guessed, or a
/// given one the field would refuse, refuses the skeleton, since it must pass <c>dossier check</c> as written.
/// </summary>
internal static class DeclaredSkeleton
{
    public static Skeleton Of(DeclaredCollection collection, NewDocumentRequest request, string title, DateOnly today, ExistingContent existing)
    {
        var unknown = request.Values.Keys.Where(k => collection.Fields.All(f => f.Name != k)).ToList();
        if (unknown.Count > 0)
        {
            return Skeleton.Refused($"{collection.Name} have no field `{unknown[0]}`: its fields are {string.Join(", ", collection.Fields.Select(f => f.Name))}");
        }

        var optionalGiven = collection.Fields.FirstOrDefault(f => !f.Required && request.Values.ContainsKey(f.Name));
        if (optionalGiven is not null)
        {
            return Skeleton.Refused($"`{optionalGiven.Name}` is optional: uncomment it in the new file instead of passing --set");
        }

        var values = new Dictionary<string, SkeletonValue> { ["title"] = SkeletonValue.Of(title) };
        foreach (var field in collection.Fields.Where(f => f.Required))
        {
            var given = request.Values.TryGetValue(field.Name, out var text) ? text.Trim() : null;
            var (value, problem) = ValueOf(field, given, today, existing, collection);
            if (problem is not null)
            {
                return Skeleton.Refused(problem);
            }

            values[field.Name] = value!;
        }

        return new Skeleton(values, "What the sources say, with a source for each claim: cite one with `[@citation-id]`, link a document with `[[id]]`.");
    }

    private static (SkeletonValue? Value, string? Problem) ValueOf(
        FieldSpec field, string? given, DateOnly today, ExistingContent existing, DeclaredCollection collection)
    {
        if (given is null)
        {
            return field.Kind == FieldKind.PartialDate
                ? (SkeletonValue.Of(today), null)
                : (null, $"`{field.Name}` is required: add --set {field.Name}={Example(field)}");
        }

        switch (field.Kind)
        {
            case FieldKind.PartialDate when !PartialDate.TryParse(given, out _):
                return (null, $"`{given}` is not a date for `{field.Name}`: write 2024-12-31, 2024-12 or 2024");
            case FieldKind.Url when !Reading.FrontMatterFields.IsHttpUrl(given):
                return (null, $"`{given}` is not an absolute http or https URL for `{field.Name}`");
            case FieldKind.Number when !Reading.FrontMatterFields.IsNumber(given, out _):
                return (null, $"`{given}` is not a number for `{field.Name}`");
            case FieldKind.Bool when given is not ("true" or "false"):
                return (null, $"`{field.Name}` is true or false, not `{given}`");
            case FieldKind.Choice when !field.Choices.Contains(given, StringComparer.Ordinal):
                return (null, Skeleton.NotAChoice(given, $"value of `{field.Name}`", field.Choices));
            case FieldKind.Id or FieldKind.IdList:
                var ids = given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
                if (field.Kind == FieldKind.Id && ids.Count != 1)
                {
                    return (null, $"`{field.Name}` names one document, not {ids.Count}");
                }

                var to = field.RefersTo.Select(n => n == collection.Name ? collection : existing.Collections.Named(n)).OfType<CollectionDescriptor>().ToArray();
                var problems = ids.Select(id => existing.ProblemWithReference(id, field.Name, to)).OfType<string>().ToList();
                if (problems.Count > 0)
                {
                    return (null, string.Join("\n", problems));
                }

                return (field.Kind == FieldKind.Id ? SkeletonValue.Of(ids[0]) : SkeletonValue.Of(ids), null);
        }

        return (SkeletonValue.Of(given), null);
    }

    private static string Example(FieldSpec field) => field.Kind switch
    {
        FieldKind.Url => "https://…",
        FieldKind.Number => "12",
        FieldKind.Bool => "true",
        FieldKind.Choice => field.Choices.Count > 0 ? field.Choices[0] : "…",
        FieldKind.Id => "<id>",
        FieldKind.IdList => "<id>,<id>",
        _ => "…",
    };
}

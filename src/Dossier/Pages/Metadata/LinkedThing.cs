namespace Dossier.Pages.Metadata;

/// <summary>A schema.org thing: its <c>@type</c> and its properties in the order they are written (none null).</summary>
public sealed record LinkedThing(string Type, IReadOnlyList<(string Key, LinkedValue Value)> Properties) : LinkedValue;

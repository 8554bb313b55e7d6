using Dossier.Links.PageMetadata;

namespace Dossier.Cli.Commands;

/// <summary>
/// Prints, for <c>dossier new citation --from-url</c>, each field's value and where it came from — an option given on
/// the command line, the page's metadata, or the fallback — and returns the value to write.
/// </summary>
internal sealed class FoundOnPage
{
    private readonly TextWriter _output;

    public FoundOnPage(TextWriter output, Uri fetchedFrom)
    {
        _output = output;
        _output.WriteLine($"Read {fetchedFrom}:");
    }

    /// <returns>The option's value, else the page's, else null (the caller's fallback, named by <paramref name="fallback"/>).</returns>
    public string? Field(string name, string? given, FoundValue? found, string fallback)
    {
        var (value, where) = given is not null ? (given, "given on the command line")
            : found is not null ? (found.Value, "from " + found.Where)
            : (null, "not on the page: " + fallback);
        _output.WriteLine(value is null ? $"  {name,-10} {where}" : $"  {name,-10} {value}  ({where})");
        return value;
    }
}

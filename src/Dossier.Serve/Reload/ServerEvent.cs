using System.Text;

namespace Dossier.Serve.Reload;

/// <summary>One server-sent event: a name and a text payload (which may span lines).</summary>
public sealed record ServerEvent(string Name, string Data)
{
    public const string Reload = "reload";

    /// <summary>A failed rebuild; not <c>error</c>, which EventSource already uses for a dropped connection.</summary>
    public const string BuildError = "build-error";

    /// <summary>The event as it goes over the wire: <c>event:</c>, one <c>data:</c> line per payload line, a blank line.</summary>
    public string ToWireFormat()
    {
        var text = new StringBuilder("event: ").Append(Name).Append('\n');
        foreach (var line in Data.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
        {
            text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}

namespace Dossier.Links.Reporting;

/// <summary>ANSI colours for plain-line reports, or none: the caller decides (a terminal, no NO_COLOR, no --no-color).</summary>
public sealed record TerminalStyle(bool Colour)
{
    public static TerminalStyle Plain { get; } = new(false);

    public string Red(string text) => Paint(text, "31");

    public string Yellow(string text) => Paint(text, "33");

    public string Green(string text) => Paint(text, "32");

    public string Bold(string text) => Paint(text, "1");

    private string Paint(string text, string code) => Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}

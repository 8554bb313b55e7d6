using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier serve</c>: those of <c>dossier build</c>, and where to listen.</summary>
public sealed class ServeSettings : BuildSettings
{
    [CommandOption("-p|--port <PORT>")]
    [Description("The port to listen on; 0 picks any free port. Default: 5000.")]
    public int Port { get; init; } = 5000;

    [CommandOption("--host <ADDRESS>")]
    [Description("The IP address to listen on. Default: 127.0.0.1 (this machine only).")]
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The address to bind: <c>localhost</c> is the IPv4 loopback.</summary>
    public IPAddress Address => Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(Host);

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error("--port must be between 0 and 65535");
        }

        return Host == "localhost" || IPAddress.TryParse(Host, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--host must be an IP address (such as 127.0.0.1 or ::1), not `{Host}`");
    }
}

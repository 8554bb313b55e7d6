using System.Net;

namespace Dossier.Serve;

/// <summary>Where the preview server listens and what it serves.</summary>
/// <param name="OutputDirectory">The built site; nothing outside it is ever served.</param>
/// <param name="Address">The address to bind: loopback unless the user asked otherwise.</param>
/// <param name="Port">The port; 0 picks any free one.</param>
public sealed record ServeOptions(string OutputDirectory, IPAddress Address, int Port);

namespace Dossier.Links.Tests.Server;

/// <summary>One request as the server received it: the request-target exactly as sent, and the Cookie header if any.</summary>
public sealed record SeenRequest(string Method, string Host, string Target, string? Cookie);

namespace Dossier.Tests.Hostile;

/// <summary>A hostile file: where it goes, its bytes (made on demand, some are large), and the error it must produce where.</summary>
public sealed record HostileCase(string Path, Func<byte[]> Bytes, string Code, string Position);

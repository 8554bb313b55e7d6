using System.Runtime.InteropServices;

namespace Dossier.Build.Incremental;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>): the file keeps its bytes, inode and modification
/// time, so tools that compare times (rsync, static hosts' uploaders) see it untouched.
/// </summary>
internal static class HardLink
{
    /// <summary>False when the system cannot (Windows here, another file system, no permission); the caller writes a copy.</summary>
    public static bool TryCreate(string existing, string link) =>
        !OperatingSystem.IsWindows() && Link(existing, link) == 0;

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code in the whole library.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}

using System.Diagnostics;
using System.Text.Json;

namespace Roadmap.Search.Locking;

/// <summary>
/// The one-writer lock of a search index: a lock file beside the index folder, opened exclusively for as long as a
/// process writes the index. .NET takes an exclusive <c>flock</c> on Unix (and a sharing lock on Windows) for
/// <see cref="FileShare.None"/>, so a second process — a CLI verb next to a running service, or a second service on the
/// same data folder — cannot take it, and the kernel drops it when the holder dies, even by <c>kill -9</c>.
/// A second file names the holder, since the lock file itself cannot be read by others while it is held.
/// </summary>
/// <remarks>
/// The lock sits beside the index folder, not in it: wiping a damaged index deletes the folder's files, and a deleted
/// lock file would let a second process lock a new one.
/// </remarks>
public sealed class IndexLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _lock;
    private readonly string _holderFile;

    private IndexLock(FileStream @lock, string holderFile, IndexLockHolder holder) =>
        (_lock, _holderFile, Holder) = (@lock, holderFile, holder);

    public IndexLockHolder Holder { get; }

    /// <summary>
    /// Takes the lock of the index at <paramref name="indexPath"/>, waiting up to <paramref name="wait"/> while another
    /// process that is not a service holds it (CLI verbs hold it for seconds; a service holds it until it stops).
    /// </summary>
    /// <exception cref="SearchIndexLockedException">Another process holds it.</exception>
    public static IndexLock Acquire(string indexPath, string role, TimeSpan wait, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var full = Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar);
        var (lockFile, holderFile) = (full + ".lock", full + ".holder");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var holder = new IndexLockHolder(Environment.ProcessId, role, CommandLine(), time.GetUtcNow());
                WriteHolder(holderFile, holder);
                return new IndexLock(stream, holderFile, holder);
            }
            catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
            {
                var holder = ReadHolder(holderFile);
                if (holder?.IsService == true || time.GetUtcNow() >= deadline)
                {
                    throw new SearchIndexLockedException(Message(full, holder), ex) { Holder = holder, Location = full };
                }

                Thread.Sleep(Poll);
            }
        }
    }

    /// <summary>Who holds the index at <paramref name="indexPath"/> now, if anyone does (read from the holder file).</summary>
    public static IndexLockHolder? Peek(string indexPath) =>
        ReadHolder(Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar) + ".holder");

    public void Dispose()
    {
        try
        {
            File.Delete(_holderFile);
        }
        catch (IOException)
        {
            // A stale holder file is harmless: it is only read when the lock is taken, and rewritten by the next holder.
        }

        _lock.Dispose();
    }

    private static string Message(string path, IndexLockHolder? holder) => holder switch
    {
        null => $"The search index at '{path}' is in use by another Roadmap process.",
        { IsService: true } => $"The search index at '{path}' is kept by a running Roadmap {holder}. A service indexes and analyses " +
            "the store's changes itself: ask it (GraphQL runAnalysis, triggerIndexRebuild), or stop it to run this here.",
        _ => $"The search index at '{path}' is in use by a Roadmap {holder}.",
    };

    private static void WriteHolder(string path, IndexLockHolder holder)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(holder));
        File.Move(temp, path, overwrite: true);
    }

    private static IndexLockHolder? ReadHolder(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexLockHolder>(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs();
        var text = string.Join(' ', args.Skip(1).Prepend(Path.GetFileName(args.FirstOrDefault() ?? Process.GetCurrentProcess().ProcessName)));
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Roadmap.Search.Analysis;
using Roadmap.Search.Locking;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    /// <summary>Identifies an index this code wrote, and the field mapping it wrote with.</summary>
    private const string SchemaKey = "roadmap.search.schema";

    // 2: hits are displayed from the _display doc value. 4: the _sort_key doc value, the tie order of every ranking.
    private const string SchemaVersion = "4";

    /// <summary>The last store change the committed content holds (see <see cref="ChangesThrough"/>).</summary>
    private const string ChangesThroughKey = "roadmap.changes.through";

    private const string LockFile = "write.lock";

    /// <summary>How a process that opens an index for writing waits for another short-lived writer (a CLI verb) to finish.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    /// <summary>Opens the index at <paramref name="path"/> for writing, creating an empty one when the directory is new or empty.</summary>
    /// <exception cref="SearchIndexCorruptException">The directory holds a corrupt, foreign or other-schema index.</exception>
    /// <exception cref="SearchIndexLockedException">Another process writes the index.</exception>
    public static DocumentIndex Open(string path, string role = "cli") => OpenOrRecreate(path, role, DefaultLockWait, recreate: false, out _);

    /// <summary>
    /// Opens the index at <paramref name="path"/> for writing; when it is unusable, wipes the directory and creates an
    /// empty index. <paramref name="recreated"/> then tells the caller to reindex everything from the store (an index
    /// that was simply deleted opens empty with no <see cref="ChangesThrough"/>, which asks for the same).
    /// </summary>
    /// <exception cref="SearchIndexLockedException">Another process writes the index: it is never wiped then.</exception>
    public static DocumentIndex OpenOrRecreate(string path, out bool recreated) => OpenOrRecreate(path, "cli", DefaultLockWait, recreate: true, out recreated);

    /// <inheritdoc cref="OpenOrRecreate(string, out bool)"/>
    /// <param name="role">What this process is (<see cref="IndexLockHolder.ServiceRole"/> for a service), named to a process that finds the index taken.</param>
    /// <param name="lockWait">How long to wait while another short-lived writer holds the index.</param>
    public static DocumentIndex OpenOrRecreate(string path, string role, TimeSpan lockWait, out bool recreated) =>
        OpenOrRecreate(path, role, lockWait, recreate: true, out recreated);

    /// <summary>
    /// Opens the index at <paramref name="path"/> to search only, whoever writes it: the view is the writer's last commit
    /// as of now. Writes throw <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <exception cref="SearchIndexCorruptException">There is no usable index at <paramref name="path"/>.</exception>
    public static DocumentIndex OpenReadOnly(string path)
    {
        var directory = FSDirectory.Open(path);
        var analyzers = Analyzers.Create();
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new SearchIndexCorruptException($"There is no search index at '{path}' yet.") { Location = path };
            }

            Verify(directory, path);
            return new DocumentIndex(directory, null, analyzers, null);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            directory.Dispose();
            DisposeAnalyzers(analyzers);
            throw new SearchIndexCorruptException($"The search index at '{path}' is corrupt: {ex.Message}", ex) { Location = path };
        }
        catch
        {
            directory.Dispose();
            DisposeAnalyzers(analyzers);
            throw;
        }
    }

    private static DocumentIndex OpenOrRecreate(string path, string role, TimeSpan lockWait, bool recreate, out bool recreated)
    {
        // The lock comes first: what looks like damage may be another process's write in progress, never to be wiped.
        var @lock = IndexLock.Acquire(path, role, lockWait, TimeProvider.System);
        try
        {
            recreated = false;
            try
            {
                System.IO.Directory.CreateDirectory(path);
                return Open(FSDirectory.Open(path), path, @lock);
            }
            catch (SearchIndexCorruptException) when (recreate)
            {
                Wipe(path);
                recreated = true;
                return Open(FSDirectory.Open(path), path, @lock);
            }
        }
        catch
        {
            @lock.Dispose();
            throw;
        }
    }

    private static DocumentIndex Open(LuceneDirectory directory, string location, IndexLock? @lock)
    {
        var analyzers = Analyzers.Create();
        IndexWriter? writer = null;
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            if (exists)
            {
                Verify(directory, location);
            }
            else if (directory.ListAll().Any(name => name != LockFile))
            {
                throw new SearchIndexCorruptException($"The search index directory '{location}' holds files but no index.") { Location = location };
            }

            writer = CreateWriter(directory, analyzers);
            if (!exists)
            {
                // An empty commit marks the directory as ours from the start.
                writer.SetCommitData(SchemaData(null));
                writer.Commit();
            }

            return new DocumentIndex(directory, writer, analyzers, @lock);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            writer?.Dispose();
            directory.Dispose();
            DisposeAnalyzers(analyzers);
            throw new SearchIndexCorruptException($"The search index at '{location}' is corrupt: {ex.Message}", ex) { Location = location };
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            DisposeAnalyzers(analyzers);
            throw;
        }
    }

    private static IndexWriter CreateWriter(LuceneDirectory directory, Analyzers analyzers) =>
        new(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzers.Writer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // Eight times Lucene's default: a full rebuild of the shared corpus flushes one segment, with nothing
            // left to merge. No compound files: packing each segment into one file copied every byte once more.
            RAMBufferSizeMB = 128,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        });

    /// <summary>Reads every segment once, and checks the schema marker, so damage shows now rather than mid-search.</summary>
    private static void Verify(LuceneDirectory directory, string location)
    {
        using var reader = DirectoryReader.Open(directory);
        string? version = null;
        if (reader.IndexCommit.UserData?.TryGetValue(SchemaKey, out version) != true || version != SchemaVersion)
        {
            throw new SearchIndexCorruptException(
                $"The index at '{location}' was not written by this version of Roadmap (schema '{version ?? "none"}', expected '{SchemaVersion}').")
            { Location = location };
        }

        foreach (var leaf in reader.Leaves)
        {
            _ = leaf.AtomicReader.Fields;
        }
    }

    private static Dictionary<string, string> SchemaData(long? changesThrough)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [SchemaKey] = SchemaVersion };
        if (changesThrough is { } seq)
        {
            data[ChangesThroughKey] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static long ReadChangesThrough(SearcherManager searchers)
    {
        var searcher = searchers.Acquire();
        try
        {
            return searcher.IndexReader is DirectoryReader reader
                && reader.IndexCommit.UserData?.TryGetValue(ChangesThroughKey, out var text) == true
                && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq)
                ? seq
                : -1;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    // A lock held by another process is not damage: wiping would destroy a live index.
    private static bool IsCorruption(Exception ex) => ex switch
    {
        LockObtainFailedException => false,
        IOException => true,
        IndexOutOfRangeException or ArgumentException or InvalidCastException or OverflowException or FormatException => true,
        _ => false,
    };

    /// <summary>Deletes the index files. A Lucene index is flat, so a subfolder means this is not an index directory: refuse.</summary>
    private static void Wipe(string path)
    {
        if (System.IO.Directory.EnumerateDirectories(path).Any())
        {
            throw new InvalidOperationException($"'{path}' has subfolders, so it is not only a search index; not wiping it.");
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            File.Delete(file);
        }
    }

    private static void DisposeAnalyzers(Analyzers analyzers)
    {
        analyzers.PerField.Dispose();
        analyzers.Writer.Dispose();
        analyzers.English.Dispose();
        analyzers.Designation.Dispose();
    }
}

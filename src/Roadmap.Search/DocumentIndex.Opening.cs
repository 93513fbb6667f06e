using Lucene.Net.Index;
using Lucene.Net.Store;
using Roadmap.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    /// <summary>Identifies an index this code wrote, and the field mapping it wrote with.</summary>
    private const string SchemaKey = "roadmap.search.schema";

    // 2: hits are displayed from the _display doc value.
    private const string SchemaVersion = "2";

    private const string LockFile = "write.lock";

    /// <summary>Opens the index at <paramref name="path"/>, creating an empty one when the directory is new or empty.</summary>
    /// <exception cref="SearchIndexCorruptException">The directory holds a corrupt, foreign or other-schema index.</exception>
    public static DocumentIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return Open(FSDirectory.Open(path), path);
    }

    /// <summary>
    /// Opens the index at <paramref name="path"/>; when it is unusable, wipes the directory and creates an empty index.
    /// <paramref name="recreated"/> then tells the caller to reindex everything from the store.
    /// </summary>
    public static DocumentIndex OpenOrRecreate(string path, out bool recreated)
    {
        try
        {
            recreated = false;
            return Open(path);
        }
        catch (SearchIndexCorruptException)
        {
            Wipe(path);
            recreated = true;
            return Open(path);
        }
    }

    private static DocumentIndex Open(LuceneDirectory directory, string location)
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

            writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzers.Writer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // Eight times Lucene's default: a full rebuild of the shared corpus flushes one segment, with nothing
                // left to merge. No compound files: packing each segment into one file copied every byte once more.
                RAMBufferSizeMB = 128,
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            });
            if (!exists)
            {
                // An empty commit marks the directory as ours from the start.
                writer.SetCommitData(SchemaData());
                writer.Commit();
            }

            return new DocumentIndex(directory, writer, analyzers);
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

    private static Dictionary<string, string> SchemaData() => new(StringComparer.Ordinal) { [SchemaKey] = SchemaVersion };

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

namespace Roadmap.Cli.Tests;

/// <summary>A data folder path under temp that does not exist yet, removed afterwards.</summary>
internal sealed class TempData : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roadmap-cli-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_root, "data");

    public string Root => _root;

    public TempData() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a test must not fail on cleanup.
        }
    }
}

namespace Roadmap.TestKit;

/// <summary>
/// A fresh folder under the system temp path, removed when the test ends. <see cref="Root"/> exists; <see cref="Path"/>
/// (its <c>data</c> child) does not yet, as a new data folder would not.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roadmap-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Root, "data");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the OS cleans temp eventually, and a test must not fail on cleanup.
        }
    }
}

namespace Roadmap.Ingest.Space;

/// <summary>The free space the operating system reports for the disk holding a path.</summary>
public sealed class DriveFreeSpace : IFreeSpace
{
    public static DriveFreeSpace Instance { get; } = new();

    public long? AvailableBytes(string path)
    {
        try
        {
            // The folder may not exist yet (a new data folder): its nearest existing parent is on the same disk.
            var existing = Path.GetFullPath(path);
            while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            {
                existing = parent;
            }

            return new DriveInfo(existing).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}

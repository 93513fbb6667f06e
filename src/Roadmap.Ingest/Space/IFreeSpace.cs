namespace Roadmap.Ingest.Space;

/// <summary>How many bytes a folder's disk has free for this process; a seam so tests can fill the disk without filling one.</summary>
public interface IFreeSpace
{
    /// <summary>The bytes free to this user on the disk that holds <paramref name="path"/>; null when that cannot be told.</summary>
    long? AvailableBytes(string path);
}

namespace Roadmap.Ingest.Space;

/// <summary>The disk holding the data folder has too little room for an import to go on; nothing half-written is left.</summary>
public sealed class InsufficientDiskSpaceException : IOException
{
    // ERROR_DISK_FULL as an HRESULT, as .NET reports a full disk on Windows (Linux reports ENOSPC in the message).
    public const int DiskFullHResult = unchecked((int)0x80070070);

    public InsufficientDiskSpaceException(string message)
        : base(message) => HResult = DiskFullHResult;

    public InsufficientDiskSpaceException()
        : this("not enough free disk space")
    {
    }

    public InsufficientDiskSpaceException(string message, Exception innerException)
        : base(message, innerException) => HResult = DiskFullHResult;
}

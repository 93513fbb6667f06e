namespace Roadmap.Ingest;

/// <summary>A read-through stream that counts the bytes it passed on.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyStream(inner)
{
    public long Count { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        Count += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await Inner.ReadAsync(buffer, cancellationToken);
        Count += n;
        return n;
    }
}

namespace Roadmap.Ingest;

/// <summary>A read-through stream that remembers the last eight bytes it passed on (the gzip trailer).</summary>
internal sealed class TailCapturingStream(Stream inner) : ReadOnlyStream(inner)
{
    private readonly byte[] _tail = new byte[8];
    private int _filled;

    public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _filled);

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        Remember(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await Inner.ReadAsync(buffer, cancellationToken);
        Remember(buffer.Span[..n]);
        return n;
    }

    private void Remember(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= 8)
        {
            chunk[^8..].CopyTo(_tail);
            _filled = 8;
            return;
        }

        var keep = Math.Min(_filled, 8 - chunk.Length);
        _tail.AsSpan(_filled - keep, keep).CopyTo(_tail);
        chunk.CopyTo(_tail.AsSpan(keep));
        _filled = keep + chunk.Length;
    }
}

namespace Gateway.Sdk.Xml;

/// <summary>Reads some bytes already taken from a stream, then the rest of the stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("PrefixedStream cannot seek.");

    public override long Position
    {
        get => throw new NotSupportedException("PrefixedStream cannot seek.");
        set => throw new NotSupportedException("PrefixedStream cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty)
        {
            return inner.Read(buffer);
        }

        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("PrefixedStream cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("PrefixedStream cannot seek.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("PrefixedStream is read-only.");
}

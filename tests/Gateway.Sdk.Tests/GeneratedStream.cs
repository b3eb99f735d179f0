using System.Text;

namespace Gateway.Sdk.Tests;

/// <summary>Streams a prefix, a long run of one character and a suffix without holding them in memory.</summary>
internal sealed class GeneratedStream(string prefix, char fill, long count, string suffix) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _prefix.Length + count + _suffix.Length;

    public override long Position { get => _position; set => throw new NotSupportedException("not seekable"); }

    public override int Read(byte[] buffer, int offset, int length)
    {
        var n = 0;
        while (n < length && _position < Length)
        {
            buffer[offset + n++] = _position < _prefix.Length ? _prefix[_position]
                : _position < _prefix.Length + count ? (byte)fill
                : _suffix[_position - _prefix.Length - count];
            _position++;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("not seekable");

    public override void SetLength(long value) => throw new NotSupportedException("not seekable");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("read-only");
}

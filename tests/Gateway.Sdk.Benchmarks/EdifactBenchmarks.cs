using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Gateway.Sdk.Edifact;

namespace Gateway.Sdk.Benchmarks;

/// <summary>
/// Tokenizing throughput on a generated 1 GiB interchange (a CUSCAR-like message repeated), streamed so the input
/// itself takes no memory; one operation reads every segment: in place (<see cref="EdifactReader.Read"/>), as segment
/// objects (<see cref="EdifactReader.Segments"/>), and with a string for every component. MB/s = 1024 / mean seconds. The peak working set of the
/// benchmark process is printed at cleanup. Target (issue 5): at least 200 MB/s on one core, peak working set under
/// 100 MB. Run: <c>dotnet run -c Release --project tests/Gateway.Sdk.Benchmarks -- --filter *Edifact*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class EdifactBenchmarks
{
    private const long Size = 1024L * 1024 * 1024;

    private static readonly byte[] Header = "UNA:+.? '\r\nUNB+UNOC:3+SENDER01:ZZ+RECEIVER01:ZZ+261122:1030+1234'\r\n"u8.ToArray();

    private static readonly byte[] Message = Encoding.ASCII.GetBytes(
        "UNH+1+CUSCAR:D:95B:UN'\r\nBGM+85+MSC123456+9'\r\nDTM+137:202611221030:203'\r\nRFF+VON:062E'\r\n" +
        "TDT+20+062E+1++MSC:172:166+++9876543:146::MSC AURORA'\r\nLOC+5+CNSHK:139:6'\r\nLOC+61+USLAX:139:6'\r\n" +
        "NAD+CZ+++SHENZHEN STARRIVER ELECTRONICS CO?, LTD+NO. 1 SCIENCE PARK ROAD+SHENZHEN++518057+CN'\r\n" +
        "GID+1+120:CT'\r\nFTX+AAA+++LAPTOP COMPUTERS?: 14 INCH, 120 CARTONS'\r\nMEA+AAE+G+KGM:1850.5'\r\n" +
        "EQD+CN+CSQU3054383+22G1:6:5+++5'\r\nSEL+ABC123+CA'\r\nUNT+14+1'\r\n");

    private static readonly long WholeMessages = Header.Length + ((Size - Header.Length) / Message.Length * Message.Length);

    /// <summary>Finds every segment, element and component boundary and decodes each segment's text once, in the reader's buffer.</summary>
    [Benchmark]
    public long Tokenize()
    {
        var count = 0L;
        var reader = new EdifactReader(new RepeatingStream(Header, Message, WholeMessages));
        while (reader.Read())
        {
            count += reader.Current.ElementCount;
        }

        return count;
    }

    /// <summary>The same, and a segment object for each segment (one string and one object).</summary>
    [Benchmark]
    public long SegmentObjects()
    {
        var count = 0L;
        foreach (var segment in new EdifactReader(new RepeatingStream(Header, Message, WholeMessages)).Segments())
        {
            count += segment.ElementCount;
        }

        return count;
    }

    /// <summary>Also makes a string of every component, as a mapping that reads every field does.</summary>
    [Benchmark]
    public long ReadEveryComponent()
    {
        var count = 0L;
        foreach (var segment in new EdifactReader(new RepeatingStream(Header, Message, WholeMessages)).Segments())
        {
            foreach (var element in segment.Elements)
            {
                foreach (var component in element)
                {
                    count += component.Length;
                }
            }
        }

        return count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    /// <summary>Streams a header then a message repeated up to a size, without holding it.</summary>
    private sealed class RepeatingStream(byte[] header, byte[] body, long size) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => size;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && _position < size)
            {
                var (source, at) = _position < header.Length ? (header, _position) : (body, (_position - header.Length) % body.Length);
                var n = (int)Math.Min(Math.Min(count - written, source.Length - at), size - _position);
                Array.Copy(source, at, buffer, offset + written, n);
                written += n;
                _position += n;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

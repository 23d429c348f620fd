namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>A read-only stream that counts what passes and throws <see cref="ExpandedTooFarException"/> past a limit.</summary>
internal sealed class CountingStream(Stream inner, long limit) : Stream
{
    public long Passed { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        Passed += n;
        if (Passed > limit) throw new ExpandedTooFarException();
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Passed; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

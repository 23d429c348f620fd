namespace Supervision.Domain.Complaints;

public enum ComplaintChannel
{
    /// <summary>码上监督 mini-program (seeds/002).</summary>
    QrCode = 0,
    /// <summary>12345 government service hotline (seeds/004).</summary>
    Hotline12345 = 1,
}

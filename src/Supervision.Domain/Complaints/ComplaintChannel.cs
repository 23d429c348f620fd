namespace Supervision.Domain.Complaints;

public enum ComplaintChannel
{
    /// <summary>码上监督 mini-program (“泉执法 慧监督”(济南市)).</summary>
    QrCode = 0,
    /// <summary>12345 government service hotline (《济南市提升行政执法质量实施方案》).</summary>
    Hotline12345 = 1,
}

namespace Supervision.Domain.Notices;

/// <summary>The document number: prefix, year in 〔〕, the year's sequence, 号 (GB/T 9704 发文字号, e.g. 济执监〔2026〕12号).</summary>
public static class NoticeNumber
{
    public static string Format(string prefix, int year, int sequence) => $"{prefix}〔{year}〕{sequence}号";
}

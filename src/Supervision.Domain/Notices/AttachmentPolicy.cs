namespace Supervision.Domain.Notices;

/// <summary>
/// What a reply may carry: at most <see cref="MaxFiles"/> files of at most <see cref="MaxBytes"/> each, of the types a
/// rectification report comes in (PDF, photos, Word, Excel). The type is judged by the extension AND the file's first
/// bytes, so a renamed executable is refused whatever it is called; the content type stored is ours, never the browser's.
/// </summary>
public static class AttachmentPolicy
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>Enough of the start of a file to recognise every allowed type.</summary>
    public const int HeadBytes = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    // .docx and .xlsx are zip packages (OOXML).
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".png"] = ("image/png", Png),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
    };

    public static IReadOnlyCollection<string> Extensions => Types.Keys;

    /// <summary>The accept attribute for a file input.</summary>
    public static string Accept => string.Join(",", Types.Keys);

    /// <summary>The stored content type of an acceptable file, or the reason (Chinese) it is refused.</summary>
    public static (string? ContentType, string? Problem) Check(string fileName, long size, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (string.IsNullOrWhiteSpace(name)) return (null, "文件名不能为空。");
        if (size <= 0) return (null, $"“{name}”是空文件。");
        if (size > MaxBytes) return (null, $"“{name}”超过{MaxBytes / 1024 / 1024} MB。");
        if (!Types.TryGetValue(Path.GetExtension(name), out var type))
            return (null, $"“{name}”的类型不允许，只接受 PDF、JPG、PNG、DOCX、XLSX。");
        if (!head.StartsWith(type.Magic)) return (null, $"“{name}”的内容与扩展名不符。");
        return (type.ContentType, null);
    }

    /// <summary>A name safe to store and to send back in a download header: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (name.Length <= 200) return name;
        var ext = Path.GetExtension(name);
        return name[..(200 - ext.Length)] + ext;
    }
}

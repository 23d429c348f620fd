using System.Text;
using Supervision.Domain.Notices;

namespace Supervision.Tests.Domain.Notices;

public class AttachmentPolicyTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0];

    [Theory]
    [InlineData("整改报告.pdf", "pdf", "application/pdf")]
    [InlineData("现场照片.JPG", "jpg", "image/jpeg")]
    [InlineData("photo.jpeg", "jpg", "image/jpeg")]
    [InlineData("截图.png", "png", "image/png")]
    [InlineData("说明.docx", "zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("台账.xlsx", "zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void The_allowed_types_pass_by_extension_and_content(string name, string content, string type)
    {
        var head = content switch { "pdf" => Pdf, "jpg" => Jpeg, "png" => Png, _ => Zip };
        Assert.Equal((type, null), AttachmentPolicy.Check(name, 1000, head));
    }

    [Theory]
    [InlineData("病毒.exe")]
    [InlineData("脚本.html")]
    [InlineData("老格式.doc")]
    [InlineData("无扩展名")]
    public void Other_extensions_are_refused(string name) => Assert.NotNull(AttachmentPolicy.Check(name, 1000, Pdf).Problem);

    [Theory]
    [InlineData("伪装.pdf")]
    [InlineData("伪装.png")]
    [InlineData("伪装.docx")]
    public void A_renamed_file_whose_first_bytes_do_not_match_is_refused(string name) =>
        Assert.Contains("不符", AttachmentPolicy.Check(name, 1000, Exe).Problem);

    [Fact]
    public void Ten_megabytes_pass_one_byte_more_does_not_and_empty_files_are_refused()
    {
        Assert.Null(AttachmentPolicy.Check("a.pdf", AttachmentPolicy.MaxBytes, Pdf).Problem);
        Assert.NotNull(AttachmentPolicy.Check("a.pdf", AttachmentPolicy.MaxBytes + 1, Pdf).Problem);
        Assert.NotNull(AttachmentPolicy.Check("a.pdf", 0, Pdf).Problem);
    }

    [Fact]
    public void Stored_names_lose_folders_and_quotes() =>
        Assert.Equal("report.pdf", AttachmentPolicy.SafeName("../../etc/\"report\".pdf"));
}

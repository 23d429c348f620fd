namespace Supervision.Tests.Hosting;

/// <summary>
/// A test that reads files through LibreOffice: skipped, saying so, where LibreOffice or pdftotext is absent, unless
/// SUPERVISION_REQUIRE_LIBREOFFICE=1 (CI installs both and sets it: there the test runs or fails, never skips).
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.Available && Environment.GetEnvironmentVariable("SUPERVISION_REQUIRE_LIBREOFFICE") != "1")
            Skip = "LibreOffice (soffice) or pdftotext is not installed: apt-get install -y libreoffice-calc-nogui poppler-utils.";
    }
}

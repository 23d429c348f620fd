using System.Text;

namespace Supervision.Web.Features.Access;

/// <summary>
/// A return address from a query string or a form, made safe to redirect to: a path on this site (not "//host" or
/// "/\host"), without control characters, with anything outside ASCII percent-encoded, so that it can go into a
/// Location header (a raw non-ASCII or control character there answered 500); anything else is "/".
/// </summary>
public static class LocalUrl
{
    private const int MaxLength = 2048;

    public static string Safe(string? url)
    {
        if (url is not { Length: > 0 and <= MaxLength } || url[0] != '/' || url.StartsWith("//") || url.StartsWith("/\\")) return "/";
        var safe = new StringBuilder(url.Length);
        foreach (var rune in url.EnumerateRunes())
        {
            // An unpaired surrogate comes out as U+FFFD: refused like a control character.
            if (Rune.IsControl(rune) || rune == Rune.ReplacementChar && !url.Contains('\uFFFD')) return "/";
            if (rune.IsAscii) safe.Append((char)rune.Value);
            else safe.Append(Uri.EscapeDataString(rune.ToString()));
        }
        return safe.ToString();
    }
}

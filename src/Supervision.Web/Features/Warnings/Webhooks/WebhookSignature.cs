using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Web.Features.Warnings.Webhooks;

/// <summary>The signature a subscriber checks: hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the shared secret.</summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return Prefix + Convert.ToHexStringLower(mac);
    }
}

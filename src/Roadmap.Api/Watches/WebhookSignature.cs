using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Api.Watches;

/// <summary>
/// How a webhook POST is signed: <c>X-Roadmap-Signature: sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body))</c> with
/// <c>X-Roadmap-Timestamp</c> in Unix seconds, so a receiver checks who sent it and refuses a replayed old body.
/// </summary>
internal static class WebhookSignature
{
    public const string SignatureHeader = "X-Roadmap-Signature";
    public const string TimestampHeader = "X-Roadmap-Timestamp";
    public const string IdempotencyHeader = "X-Roadmap-Idempotency-Key";
    public const string EventHeader = "X-Roadmap-Event";

    public static string Sign(string secret, long timestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>What a receiver does: recompute and compare in fixed time.</summary>
    public static bool Verify(string secret, string timestampHeader, string body, string signatureHeader) =>
        long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(secret, timestamp, body)), Encoding.UTF8.GetBytes(signatureHeader));
}

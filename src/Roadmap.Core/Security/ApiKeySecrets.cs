using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Core.Security;

/// <summary>
/// Makes and checks API keys. A key reads <c>rmk_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the stored record, the secret is
/// checked against its salted SHA-256 in constant time. The secret is shown once, when the key is made.
/// </summary>
public static class ApiKeySecrets
{
    private const string Prefix = "rmk_";

    /// <summary>Makes a new key; returns the record to store and the full key text to hand to its owner.</summary>
    public static (ApiKey Stored, string Key) Create(string name, ApiRole role, DateTimeOffset at)
    {
        var id = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var stored = new ApiKey { Id = id, Name = name, Role = role, Salt = salt, Hash = Hash(salt, secret), CreatedAt = at };
        return (stored, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Splits a presented key into id and secret; false when it is not shaped like a Roadmap key.</summary>
    public static bool TryParse(string? text, out string id, out string secret)
    {
        (id, secret) = (string.Empty, string.Empty);
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length > 200)
        {
            return false;
        }

        var rest = text.AsSpan(Prefix.Length);
        var split = rest.IndexOf('_');
        if (split <= 0 || split == rest.Length - 1)
        {
            return false;
        }

        (id, secret) = (rest[..split].ToString(), rest[(split + 1)..].ToString());
        return true;
    }

    /// <summary>True when <paramref name="secret"/> is the secret of <paramref name="key"/> and the key is not revoked.</summary>
    public static bool Verify(ApiKey key, string secret)
    {
        ArgumentNullException.ThrowIfNull(key);
        var expected = Convert.FromHexString(key.Hash);
        var actual = Convert.FromHexString(Hash(key.Salt, secret));
        return CryptographicOperations.FixedTimeEquals(expected, actual) && !key.IsRevoked;
    }

    private static string Hash(string salt, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

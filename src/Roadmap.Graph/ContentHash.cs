using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Graph;

/// <summary>A short, stable hash of stored content, used to compare store and index without reading whole records.</summary>
public static class ContentHash
{
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}

using System.Globalization;

namespace Roadmap.Graph;

/// <summary>
/// How every store writes a point in time: fixed-width UTC text (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), so text order is
/// time order in SQLite and in every Neo4j version, and "since" filters compare strings.
/// </summary>
public static class StoredTime
{
    public static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

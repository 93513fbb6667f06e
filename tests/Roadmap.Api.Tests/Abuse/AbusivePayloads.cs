using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>Values that look like injections or parser bombs, for every argument of the schema.</summary>
internal static class AbusivePayloads
{
    public static readonly string[] Strings =
    [
        "' OR 1=1 --",
        "'; DROP TABLE documents; --",
        "\") RETURN n //",
        "MATCH (n) DETACH DELETE n",
        "<script>alert(1)</script>",
        "a~~~~",
        "*:*",
        "*",
        "?",
        "a*b?c~2^99999",
        "title:[* TO *] OR designation:{a TO z}",
        "/(a+)+b/",
        "(((((((((((",
        "\"unterminated",
        "AND OR NOT",
        "\\",
        string.Concat(Enumerable.Repeat("a~ ", 2_000)),
        string.Concat(Enumerable.Repeat("(a OR ", 500)),
        new string('x', 10 * 1024),
        "nul\0byte",
        "\0",
        string.Empty,
        "   ",
        "${jndi:ldap://127.0.0.1/a}",
        "../../../../etc/passwd",
        "ISO 22739\r\nX-Injected: 1",
        "\uD800 lone surrogate",
        "%00%27%22",
        "9999-99-99T99:99:99Z",
    ];

    public static readonly JsonNode[] Numbers =
    [
        JsonNode.Parse("1e300")!,
        JsonNode.Parse("99999999999999999999")!,
        JsonValue.Create(2_147_483_648L),
        JsonValue.Create(-2_147_483_649L),
        JsonValue.Create(-1),
        JsonValue.Create(0),
    ];

    /// <summary>What to send to an argument of the named type: numbers to numbers, and every string to everything.</summary>
    public static IEnumerable<JsonNode?> For(string namedType) =>
        (namedType is "Int" or "Float" ? Numbers.Select(n => n.DeepClone()) : []).Concat(Strings.Select(s => (JsonNode?)JsonValue.Create(s)));
}

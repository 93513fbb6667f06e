using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// GlobalSearch <c>RunSearch</c> JSON: each Recommendation hit (handle <c>11.1002/1000/{id}</c>) becomes a link to its
/// <c>rec.aspx?rec={id}</c> page, labelled with the hit's title.
/// </summary>
public sealed partial class ItuSearchParser : IPageParser
{
    public string Kind => PageKinds.ItuSearch;

    public ParsedPage Parse(string html, Uri url)
    {
        var problems = new List<ParseProblem>();
        var links = new List<PageLink>();
        int? total = null;
        try
        {
            using var json = JsonDocument.Parse(html);
            if (json.RootElement.TryGetProperty("totalAmount", out var amount) && amount.ValueKind == JsonValueKind.Number)
            {
                total = amount.GetInt32();
            }

            if (!json.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new ParseProblem("$.results", "no results array"));
            }
            else
            {
                foreach (var hit in results.EnumerateArray())
                {
                    var identifier = hit.TryGetProperty("Identifier", out var id) ? id.GetString() : null;
                    var title = hit.TryGetProperty("Title", out var t) ? t.GetString() : null;
                    if (identifier is not null && Handle().Match(identifier) is { Success: true } m)
                    {
                        var target = new Uri(url, $"/ITU-T/recommendations/rec.aspx?rec={m.Groups[1].Value}&lang=en");
                        links.Add(new PageLink(target, PageKinds.ItuRec, title));
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new ParseProblem("$", $"not JSON: {ex.Message}"));
        }

        var facts = total is { } n ? new Dictionary<string, string> { ["totalAmount"] = n.ToString(CultureInfo.InvariantCulture) } : [];
        return new ParsedPage { Kind = Kind, Url = url, Links = links, ListedItems = links.Count, Facts = facts, Problems = problems };
    }

    [GeneratedRegex(@"^11\.1002/1000/(\d+)")]
    private static partial Regex Handle();
}

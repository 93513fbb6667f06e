using System.Text.RegularExpressions;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// robots.txt rules for one agent (RFC 9309): the group naming the agent, else <c>*</c>; the longest matching rule wins,
/// Allow on a tie; <c>*</c> and <c>$</c> patterns are supported.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly List<(Regex Pattern, int Length, bool Allow)> _rules;

    private RobotsPolicy(List<(Regex, int, bool)> rules) => _rules = rules;

    public static RobotsPolicy AllowAll { get; } = new([]);

    public static RobotsPolicy DisallowAll { get; } = new([(new Regex("^/", RegexOptions.None, TimeSpan.FromSeconds(1)), 1, false)]);

    public static RobotsPolicy Parse(string text, string agent)
    {
        var groups = new List<(List<string> Agents, List<(string Field, string Value)> Rules)>();
        (List<string> Agents, List<(string, string)> Rules)? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var (field, value) = (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            if (field == "user-agent")
            {
                if (current is null || current.Value.Rules.Count > 0)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
            }
            else if (field is "allow" or "disallow" && current is not null)
            {
                current.Value.Rules.Add((field, value));
            }
        }

        var token = agent.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var rules = chosen.SelectMany(g => g.Rules)
            .Where(r => r.Value.Length > 0)
            .Select(r => (ToRegex(r.Value), r.Value.Length, r.Field == "allow"))
            .ToList();
        return new RobotsPolicy(rules);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = _rules.Where(r => r.Pattern.IsMatch(path))
            .OrderByDescending(r => r.Length).ThenByDescending(r => r.Allow)
            .Select(r => (bool?)r.Allow).FirstOrDefault();
        return best ?? true;
    }

    private static Regex ToRegex(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = Regex.Escape(anchored ? pattern[..^1] : pattern).Replace(@"\*", ".*", StringComparison.Ordinal);
        return new Regex("^" + body + (anchored ? "$" : string.Empty), RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}

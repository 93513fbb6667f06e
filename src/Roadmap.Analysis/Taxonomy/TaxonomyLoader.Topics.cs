using System.Globalization;
using System.Text.RegularExpressions;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Taxonomy;

public static partial class TaxonomyLoader
{
    private static List<TaxonomyNode> ReadTopics(List<TaxonomyFile.TopicEntry> entries, ITextMatcher matcher, List<string> errors)
    {
        var nodes = new List<TaxonomyNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var id = entry.Id?.Trim();
            var where = id is null ? $"topic #{index + 1}" : $"topic '{id}'";
            if (string.IsNullOrEmpty(id) || !TopicId().IsMatch(id))
            {
                errors.Add($"{where}: id must be lower-case letters, digits, '.' and '-' (found '{entry.Id}')");
                continue;
            }

            if (!seen.Add(id))
            {
                errors.Add($"{where}: duplicate id");
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                errors.Add($"{where}: name is missing");
            }

            var weight = entry.Weight ?? 0.5;
            if (weight is < 0 or > 1)
            {
                errors.Add($"{where}: weight must be in [0, 1] (found {weight.ToString(CultureInfo.InvariantCulture)})");
            }

            nodes.Add(new TaxonomyNode
            {
                Id = id,
                ParentId = string.IsNullOrWhiteSpace(entry.Parent) ? null : entry.Parent.Trim(),
                Name = entry.Name?.Trim() ?? id,
                Scope = entry.Scope?.Trim(),
                Weight = weight,
                RequiresContext = entry.Context ?? true,
                Rules = ReadRules(id, entry.Rules ?? [], matcher, errors),
                Designations = ReadPatterns(id, entry.Designations ?? [], errors),
                Generic = ReadGeneric(id, entry.Generic ?? [], matcher, errors),
                Fallback = entry.Fallback ?? false,
                Counterpart = string.IsNullOrWhiteSpace(entry.Counterpart) ? null : entry.Counterpart.Trim(),
                Committees = [.. (entry.Committees ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())],
                Owners = ReadOwners(id, entry.Owners ?? [], errors),
            });
        }

        if (nodes.Count == 0 && errors.Count == 0)
        {
            errors.Add("topics: the taxonomy has no topics");
        }

        return nodes;
    }

    private static List<TaxonomyRule> ReadRules(string id, List<TaxonomyFile.RuleEntry> entries, ITextMatcher matcher, List<string> errors)
    {
        var rules = new List<TaxonomyRule>();
        for (var i = 0; i < entries.Count; i++)
        {
            var ruleId = $"{id}#{i + 1}";
            var query = entries[i].Query?.Trim();
            if (string.IsNullOrEmpty(query))
            {
                errors.Add($"topic '{id}': rule {i + 1} has no query");
                continue;
            }

            if (matcher.Validate(query) is { } problem)
            {
                errors.Add($"topic '{id}': rule {i + 1} query does not parse: {problem} — in: {query}");
                continue;
            }

            var weight = entries[i].Weight ?? 0.8;
            if (weight is <= 0 or > 1)
            {
                errors.Add($"topic '{id}': rule {i + 1} weight must be in (0, 1] (found {weight.ToString(CultureInfo.InvariantCulture)})");
            }

            rules.Add(new TaxonomyRule(ruleId, query, weight));
        }

        return rules;
    }

    private static List<string> ReadGeneric(string id, List<string> queries, ITextMatcher matcher, List<string> errors)
    {
        var valid = new List<string>();
        for (var i = 0; i < queries.Count; i++)
        {
            var problem = QueryProblem(queries[i], matcher);
            if (problem is null)
            {
                valid.Add(queries[i].Trim());
            }
            else
            {
                errors.Add($"topic '{id}': generic query {i + 1} does not parse: {problem}");
            }
        }

        return valid;
    }

    private static List<string> ReadPatterns(string id, List<string> patterns, List<string> errors)
    {
        var valid = new List<string>();
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                valid.Add(pattern);
            }
            catch (ArgumentException ex)
            {
                errors.Add($"topic '{id}': designation pattern '{pattern}' is not a valid regular expression: {ex.Message}");
            }
        }

        return valid;
    }

    private static List<CommitteeMandate> ReadOwners(string id, List<TaxonomyFile.OwnerEntry> entries, List<string> errors)
    {
        var owners = new List<CommitteeMandate>();
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Committee))
            {
                errors.Add($"topic '{id}': an owner has no committee");
                continue;
            }

            owners.Add(new CommitteeMandate(entry.Committee.Trim(), entry.Mandate?.Trim() ?? string.Empty));
        }

        return owners;
    }

    // Parents must exist and following them must end at a root: a cycle never does.
    private static void CheckTree(List<TaxonomyNode> nodes, List<string> errors)
    {
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.ParentId is not null && !byId.ContainsKey(n.ParentId)))
        {
            errors.Add($"topic '{node.Id}': parent '{node.ParentId}' does not exist");
        }

        foreach (var node in nodes.Where(n => n.Counterpart is not null && !byId.ContainsKey(n.Counterpart)))
        {
            errors.Add($"topic '{node.Id}': counterpart '{node.Counterpart}' does not exist");
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var path = new List<string> { node.Id };
            for (var current = node; current.ParentId is { } parent && byId.TryGetValue(parent, out var next); current = next)
            {
                if (path.Contains(parent, StringComparer.Ordinal))
                {
                    var cycle = path[path.IndexOf(parent)..].Append(parent).ToList();
                    if (reported.Add(string.Join(',', cycle.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
                    {
                        errors.Add($"topic '{node.Id}': parents form a cycle: {string.Join(" → ", cycle)}");
                    }

                    break;
                }

                path.Add(parent);
            }
        }

        if (nodes.Count > 0 && nodes.All(n => n.ParentId is not null))
        {
            errors.Add("topics: no root topic (every topic has a parent)");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex TopicId();
}

using System.Text.RegularExpressions;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Classification;

/// <summary>
/// Puts documents under topics by the taxonomy's rules, designation patterns and committee hints, keeping for each
/// assignment the evidence behind it. Rules of topics that need the DLT context only see documents in it, so a
/// generic "privacy" standard is not taken for DLT privacy work.
/// </summary>
public sealed class Classifier(TopicTaxonomy taxonomy, ITextMatcher matcher)
{
    /// <summary>Classifies every document the matcher sees, or only <paramref name="only"/> when given.</summary>
    public IReadOnlyList<TopicAssignment> Classify(IReadOnlySet<string>? only = null)
    {
        var settings = taxonomy.Settings;
        var context = ContextQuery();
        var evidence = new Dictionary<(string Key, string Topic), List<ClassificationEvidence>>();
        IReadOnlyList<string>? allKeys = null;

        foreach (var node in taxonomy.Nodes)
        {
            foreach (var rule in node.Rules)
            {
                foreach (var match in matcher.Match(rule.Query, node.RequiresContext ? context : null))
                {
                    if (only is null || only.Contains(match.Key))
                    {
                        var inTitle = match.Terms.Any(TitleTerms.IsTitle);
                        var weight = rule.Weight * (inTitle ? 1.0 : settings.ScopeFactor);
                        Add(evidence, match.Key, node.Id, new ClassificationEvidence(EvidenceKind.Rule, rule.Id, rule.Query, match.Terms, weight));
                    }
                }
            }

            foreach (var pattern in node.Designations)
            {
                var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                foreach (var key in only ?? (IEnumerable<string>)(allKeys ??= [.. matcher.Keys()]))
                {
                    if (regex.IsMatch(key))
                    {
                        Add(evidence, key, node.Id, new ClassificationEvidence(EvidenceKind.Designation, $"{node.Id}@designation", pattern, [], settings.DesignationWeight));
                    }
                }
            }

            foreach (var committee in node.Committees)
            {
                foreach (var match in matcher.Match(CommitteeQuery(committee)))
                {
                    if (only is null || only.Contains(match.Key))
                    {
                        Add(evidence, match.Key, node.Id, new ClassificationEvidence(EvidenceKind.Committee, $"{node.Id}@committee", committee, match.Terms, settings.CommitteeHintWeight));
                    }
                }
            }
        }

        var assignments = evidence
            .Select(e => new TopicAssignment { DocumentKey = e.Key.Key, TopicId = e.Key.Topic, Score = Combine(e.Value), Evidence = e.Value })
            .Where(a => a.Score >= settings.Threshold - 1e-9);
        return [.. WithoutUnneededFallbacks(assignments)
            .OrderBy(a => a.DocumentKey, StringComparer.Ordinal)
            .ThenBy(a => a.TopicId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Catch-all leaves (<c>fallback: true</c>: generic frameworks, architectures, use cases) keep a document only when no
    /// specific leaf names its subject: "security requirements for cross-chain services" is cross-chain security, and an
    /// IoT reference architecture belongs to IoT, not to DLT architecture.
    /// </summary>
    private IEnumerable<TopicAssignment> WithoutUnneededFallbacks(IEnumerable<TopicAssignment> assignments) =>
        assignments.GroupBy(a => a.DocumentKey, StringComparer.Ordinal).SelectMany(document =>
        {
            var specific = document.Any(a => taxonomy.Find(a.TopicId) is { Fallback: false } node && taxonomy.IsLeaf(node) && TitleTerms.Named(a));
            return specific ? document.Where(a => taxonomy.Find(a.TopicId) is not { Fallback: true }) : document;
        });

    /// <summary>Independent signals: each piece of evidence removes its share of the remaining doubt.</summary>
    public static double Combine(IEnumerable<ClassificationEvidence> evidence) =>
        Math.Round(1 - evidence.Aggregate(1.0, (doubt, e) => doubt * (1 - Math.Clamp(e.Weight, 0, 1))), 4);

    /// <summary>The DLT context as one filter query: any context query, or membership of a DLT committee.</summary>
    public string? ContextQuery()
    {
        var parts = taxonomy.Context.Queries.Select(q => $"({q})").Concat(taxonomy.Context.Committees.Select(CommitteeQuery)).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var within = string.Join(" OR ", parts);
        return taxonomy.Context.Exclude.Count == 0 ? within : $"+({within}) " + string.Join(' ', taxonomy.Context.Exclude.Select(q => $"-({q})"));
    }

    // The index keeps committee keys lower-cased with every ancestor, so a TC hint also finds its WGs' documents.
    public static string CommitteeQuery(string committee) =>
        $"committee:\"{committee.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static void Add(Dictionary<(string, string), List<ClassificationEvidence>> evidence, string key, string topic, ClassificationEvidence item)
    {
        if (!evidence.TryGetValue((key, topic), out var list))
        {
            evidence[(key, topic)] = list = [];
        }

        list.Add(item);
    }
}

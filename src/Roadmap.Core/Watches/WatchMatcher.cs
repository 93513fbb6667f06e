using System.Text.RegularExpressions;

namespace Roadmap.Core.Watches;

/// <summary>Whether a watch wants a candidate event: pure, so every rule is unit-tested without a store.</summary>
public static class WatchMatcher
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <param name="watch">The watch.</param>
    /// <param name="candidate">The fact.</param>
    /// <param name="queryMatches">Whether a document key matches a search query (answered by the search index).</param>
    public static bool Matches(Watch watch, WatchCandidate candidate, Func<string, string, bool> queryMatches)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(queryMatches);
        if (candidate.IsDocumentEvent)
        {
            if (watch.SignificantOnly && !candidate.Significant)
            {
                return false;
            }

            if (candidate.DocumentKey is { } key && watch.Documents.Contains(key, StringComparer.Ordinal))
            {
                return true;
            }

            return watch.Rules.HasDocumentRules && DocumentRulesHold(watch.Rules, candidate, queryMatches);
        }

        if (candidate.IsGapEvent)
        {
            return watch.Rules.GapStatusChanges
                && (watch.Rules.Topics.Count == 0 || watch.Rules.Topics.Any(candidate.TopicLineage.Contains));
        }

        return candidate.Kind == WatchEventKind.OverlapFound
            && watch.Rules.OverlapCommittees.Any(candidate.CommitteeLineage.Contains);
    }

    /// <summary>Null when the pattern is a valid regular expression; otherwise why not.</summary>
    public static string? ValidatePattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    private static bool DocumentRulesHold(WatchRules rules, WatchCandidate c, Func<string, string, bool> queryMatches)
    {
        if (rules.Bodies.Count > 0 && !rules.Bodies.Contains(c.Body ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (rules.Committees.Count > 0 && !rules.Committees.Any(c.CommitteeLineage.Contains))
        {
            return false;
        }

        if (rules.Kinds.Count > 0 && (c.DocumentKind is not { } kind || !rules.Kinds.Contains(kind)))
        {
            return false;
        }

        // A transition rule wants a document entering one of the stages: a new edition at the same stage is not one.
        if (rules.Transitions.Count > 0
            && (c.Kind == WatchEventKind.NewEdition || c.Stage is not { } stage || !rules.Transitions.Contains(stage)))
        {
            return false;
        }

        if (rules.Topics.Count > 0 && !rules.Topics.Any(c.TopicLineage.Contains))
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(rules.DesignationPattern) && !DesignationMatches(rules.DesignationPattern, c.Designation))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(rules.Query) || (c.DocumentKey is { } key && queryMatches(rules.Query, key));
    }

    private static bool DesignationMatches(string pattern, string? designation)
    {
        if (designation is null)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(designation, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that backtracks for too long matches nothing rather than stalling the projection.
            return false;
        }
    }
}

namespace Roadmap.Application.Evaluation;

/// <summary>
/// A reviewer's judgment of one document: whether its main subject is in scope, its one primary leaf topic and the
/// other leaves it substantially addresses. Out-of-scope documents have no topics.
/// </summary>
public sealed record TopicLabel(string Key, bool InScope, string? Primary, IReadOnlyList<string> Others, string? Group)
{
    public IEnumerable<string> Topics => Primary is null ? Others : [Primary, .. Others];

    /// <summary>Reads <c>topics_*.csv</c> (designation, in_scope, primary_topic, other_topics; group optional).</summary>
    public static IReadOnlyList<TopicLabel> Read(string path) =>
        [.. LabelCsv.Read(path, "designation", "in_scope", "primary_topic", "other_topics").Select(row => new TopicLabel(
            row["designation"],
            row["in_scope"].Equals("yes", StringComparison.OrdinalIgnoreCase),
            string.IsNullOrEmpty(row["primary_topic"]) ? null : row["primary_topic"],
            [.. row["other_topics"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            row.GetValueOrDefault("group")))];
}

namespace Roadmap.Application.Evaluation;

/// <summary>
/// Scores the classification against labelled documents. Per assignment: a (document, leaf) the product gives is right
/// when the label lists that leaf (strict: primary or other topics; any leaf on an out-of-scope document is wrong);
/// recall is the share of labelled (document, leaf) pairs the product gives. Per document: recall of in-scope documents
/// (under any leaf) and precision of the documents the product classifies, and the primary topic's accuracy.
/// </summary>
public static class TopicEvaluation
{
    public static TopicScores Evaluate(IReadOnlyList<TopicLabel> labels, IReadOnlyDictionary<string, DocumentTopics> product, ISet<string> knownKeys)
    {
        var (assignedRight, assigned, labelledFound, labelled) = (0, 0, 0, 0);
        var (docsFound, docsInScope, docsRight, docsClassified, primaryRight) = (0, 0, 0, 0, 0);
        var errors = new List<TopicError>();
        foreach (var label in labels)
        {
            var topics = product.GetValueOrDefault(label.Key);
            var leaves = topics?.Leaves ?? new HashSet<string>();
            var expected = label.InScope ? label.Topics.ToHashSet(StringComparer.Ordinal) : [];
            foreach (var leaf in leaves.Order(StringComparer.Ordinal))
            {
                assigned++;
                if (expected.Contains(leaf))
                {
                    assignedRight++;
                }
                else
                {
                    errors.Add(new TopicError(label.Key, "wrong", leaf, label.InScope ? $"labelled {string.Join(";", expected)}" : "labelled out of scope"));
                }
            }

            foreach (var leaf in expected.Order(StringComparer.Ordinal))
            {
                labelled++;
                if (leaves.Contains(leaf))
                {
                    labelledFound++;
                }
                else
                {
                    errors.Add(new TopicError(label.Key, "missed", leaf, knownKeys.Contains(label.Key) ? $"product gives {Describe(leaves)}" : "not in the graph"));
                }
            }

            if (leaves.Count > 0)
            {
                docsClassified++;
                docsRight += label.InScope ? 1 : 0;
            }

            if (label.InScope)
            {
                docsInScope++;
                docsFound += leaves.Count > 0 ? 1 : 0;
                if (label.Primary is not null && topics?.Primary == label.Primary)
                {
                    primaryRight++;
                }
                else if (label.Primary is not null && leaves.Count > 0)
                {
                    errors.Add(new TopicError(label.Key, "primary", topics?.Primary ?? "none", $"labelled primary {label.Primary}"));
                }
            }
        }

        return new TopicScores(
            labels.Count,
            new Ratio(assignedRight, assigned),
            new Ratio(labelledFound, labelled),
            new Ratio(docsRight, docsClassified),
            new Ratio(docsFound, docsInScope),
            new Ratio(primaryRight, labels.Count(l => l.InScope && l.Primary is not null)),
            errors);
    }

    private static string Describe(IReadOnlySet<string> leaves) => leaves.Count == 0 ? "no leaf" : string.Join(";", leaves.Order(StringComparer.Ordinal));
}

/// <summary>Topic scores: assignment precision and recall, document precision and recall, primary-topic accuracy.</summary>
public sealed record TopicScores(
    int Labelled,
    Ratio AssignmentPrecision,
    Ratio AssignmentRecall,
    Ratio DocumentPrecision,
    Ratio DocumentRecall,
    Ratio PrimaryAccuracy,
    IReadOnlyList<TopicError> Errors);

/// <summary>One disagreement with a label: a wrong assignment, a missed one, or a different primary topic.</summary>
public sealed record TopicError(string Key, string Kind, string Topic, string Detail);

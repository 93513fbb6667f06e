using Roadmap.Analysis.Landscape;

namespace Roadmap.Application.Evaluation;

/// <summary>
/// Scores the as-of view against labelled leaves: a leaf agrees when the view's pipeline state (work underway, nobody,
/// pipeline unknown) is the reviewer's yes, no or unknown.
/// </summary>
public static class AsOfEvaluation
{
    public static AsOfScores Evaluate(DateOnly date, IReadOnlyList<AsOfLabel> labels, IReadOnlyDictionary<string, LeafPipeline> pipelines)
    {
        var rows = labels.Select(l =>
        {
            var pipeline = pipelines.GetValueOrDefault(l.Topic);
            var found = pipeline is null ? "not a leaf" : Judgment(pipeline.State);
            var evidence = pipeline is null ? [] : pipeline.State == PipelineState.Underway ? pipeline.Underway : pipeline.Unplaced;
            return new JudgedLeaf(l.Topic, l.Judgment, found, [.. evidence.Select(e => $"{e.DocumentKey} ({e.Note})")]);
        }).ToList();
        return new AsOfScores(date, new Ratio(rows.Count(r => r.Agrees), rows.Count), rows);
    }

    /// <summary>A pipeline state in the labels' words.</summary>
    public static string Judgment(PipelineState state) => state switch
    {
        PipelineState.Underway => "yes",
        PipelineState.Nobody => "no",
        _ => "unknown",
    };
}

public sealed record JudgedLeaf(string Topic, string Expected, string Found, IReadOnlyList<string> Evidence)
{
    public bool Agrees => Expected == Found;
}

/// <summary>The share of labelled leaves whose pipeline state on <see cref="Date"/> matches the label, and every leaf judged.</summary>
public sealed record AsOfScores(DateOnly Date, Ratio Agreement, IReadOnlyList<JudgedLeaf> Leaves);

namespace Roadmap.Core.Analysis;

/// <summary>One reason a document sits under a topic: which rule, and the words that matched.</summary>
/// <param name="Kind">Rule, designation pattern, committee hint or editor pin.</param>
/// <param name="RuleId">The rule's id in the taxonomy (<c>security.threats#1</c>), or the editor for a pin.</param>
/// <param name="Detail">The query, pattern or committee the evidence came from.</param>
/// <param name="Terms">The <c>field:term</c> pairs that matched (analysed forms, e.g. <c>title:threat</c>).</param>
/// <param name="Weight">What the evidence adds to the score, after the field factor.</param>
public sealed record ClassificationEvidence(EvidenceKind Kind, string RuleId, string Detail, IReadOnlyList<string> Terms, double Weight);

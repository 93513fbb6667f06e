namespace Roadmap.Core.Gaps;

/// <summary>A gap's priority with the formula written out and each term's value, so a reader can redo the sum.</summary>
public sealed record GapPriority(double Score, string Formula, IReadOnlyList<PriorityTerm> Terms);

/// <summary>One term of the priority formula: its value in 0–1, its coefficient, and what it measured.</summary>
public sealed record PriorityTerm(string Name, double Value, double Coefficient, string Explanation);

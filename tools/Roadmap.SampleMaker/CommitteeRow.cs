namespace Roadmap.SampleMaker;

/// <summary>A line of committees.jsonl: the committee key as the graph uses it, and facts about it.</summary>
internal sealed record CommitteeRow(string Key, string Body, string? Title, string? Parent, string? StudyPeriod);

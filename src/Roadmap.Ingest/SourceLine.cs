namespace Roadmap.Ingest;

/// <summary>One line of a feed, numbered from 1 as an editor shows it.</summary>
public readonly record struct SourceLine(long Number, string Text);

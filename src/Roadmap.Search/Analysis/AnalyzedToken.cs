namespace Roadmap.Search.Analysis;

/// <summary>A term an analyser produced, with its position and where it came from in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

namespace Roadmap.Core.Graph;

/// <summary>An item of a page with the cursor that resumes after it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

namespace Roadmap.Core.Graph;

/// <summary>One field's value before and after a change.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

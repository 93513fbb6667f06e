namespace Roadmap.Core.Bodies;

/// <summary>A standards developing organisation (SDO) or a joint body of two of them.</summary>
public sealed record StandardsBody(string Code, string Name, string? Url);

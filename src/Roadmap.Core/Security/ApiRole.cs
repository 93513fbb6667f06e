namespace Roadmap.Core.Security;

/// <summary>What an API key may do. Each role includes the ones before it.</summary>
public enum ApiRole
{
    /// <summary>Queries only.</summary>
    Reader,

    /// <summary>Queries and roadmap edits (gaps, notes, topic pins).</summary>
    Editor,

    /// <summary>Everything, including crawls and index rebuilds.</summary>
    Admin,
}

namespace Roadmap.Application.Audit;

/// <summary>
/// Who does something, as the audit trail and the gaps' history name them: an API key's name and id
/// (<c>alice (k_3f2a…)</c>), <c>cli:…</c>; and the role they acted in (<c>editor</c>, <c>anonymous</c>).
/// </summary>
public sealed record Actor(string Name, string Role);

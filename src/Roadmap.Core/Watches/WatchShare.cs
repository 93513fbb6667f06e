namespace Roadmap.Core.Watches;

/// <summary>Another key's right on a shared watch.</summary>
public sealed record WatchShare(string KeyId, WatchRight Right);

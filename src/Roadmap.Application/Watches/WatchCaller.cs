namespace Roadmap.Application.Watches;

/// <summary>Who asks: an API key's id (<c>local</c> for the CLI on its data folder), and whether it is an admin (sees every watch).</summary>
public sealed record WatchCaller(string KeyId, bool IsAdmin)
{
    /// <summary>The CLI working on its own data folder: owner <c>local</c>, and may see every watch.</summary>
    public static WatchCaller Local { get; } = new("local", IsAdmin: true);
}

namespace Roadmap.Core.Watches;

public enum WatchRight
{
    /// <summary>See the watch, its events and feed.</summary>
    View,

    /// <summary>Also change its rules, sharing and delivery, and remove it.</summary>
    Modify,
}

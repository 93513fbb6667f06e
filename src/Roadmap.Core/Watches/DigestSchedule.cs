namespace Roadmap.Core.Watches;

public enum DigestSchedule
{
    None,

    /// <summary>One mail per delivery pass with the events that came since the last one.</summary>
    Immediate,
    Daily,
    Weekly,
}

namespace Roadmap.Core.Watches;

public enum DeliveryState
{
    Pending,
    Delivered,

    /// <summary>Gave up after the configured number of failed attempts; kept with its log for people to look at.</summary>
    DeadLetter,
}

using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>The deliveries an event of a watch gets: a webhook at once, an e-mail when the watch's next digest is due.</summary>
public static class DeliveryPlan
{
    public static IReadOnlyList<PendingDelivery> For(Watch watch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var plan = new List<PendingDelivery>(2);
        if (watch.Delivery.WebhookUrl is not null)
        {
            plan.Add(new PendingDelivery(DeliveryChannel.Webhook, now));
        }

        if (watch.Delivery.Email is not null && watch.Delivery.Digest != DigestSchedule.None)
        {
            plan.Add(new PendingDelivery(DeliveryChannel.Email, DigestDue(watch.Delivery.Digest, now)));
        }

        return plan;
    }

    /// <summary>When a digest holding an event recorded at <paramref name="now"/> goes out: at once, next midnight UTC, or next Monday 00:00 UTC.</summary>
    public static DateTimeOffset DigestDue(DigestSchedule schedule, DateTimeOffset now)
    {
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        return schedule switch
        {
            DigestSchedule.Daily => midnight,
            DigestSchedule.Weekly => midnight.AddDays(((int)DayOfWeek.Monday - (int)midnight.DayOfWeek + 7) % 7),
            _ => now,
        };
    }
}

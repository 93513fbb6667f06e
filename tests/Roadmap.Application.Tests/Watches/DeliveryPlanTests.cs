using Roadmap.Application.Watches;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Tests.Watches;

public sealed class DeliveryPlanTests
{
    // A Wednesday afternoon.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DigestSchedule.Immediate, "2026-12-02T15:30:00Z")]
    [InlineData(DigestSchedule.Daily, "2026-12-03T00:00:00Z")]
    [InlineData(DigestSchedule.Weekly, "2026-12-07T00:00:00Z")]
    public void DigestDue_BySchedule_NextSlotUtc(DigestSchedule schedule, string expected)
    {
        // Act / Assert
        DeliveryPlan.DigestDue(schedule, Now).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void For_WebhookAndDigest_TwoDeliveries()
    {
        // Arrange
        var watch = new Watch
        {
            Id = "w_1",
            OwnerKeyId = "k",
            Name = "n",
            Rules = new WatchRules { Bodies = ["ISO"] },
            Delivery = new WatchDelivery { WebhookUrl = new Uri("http://127.0.0.1/h"), Email = "a@example.org", Digest = DigestSchedule.Daily },
            CreatedAt = Now,
        };

        // Act
        var plan = DeliveryPlan.For(watch, Now);

        // Assert
        plan.ShouldBe([new PendingDelivery(DeliveryChannel.Webhook, Now), new PendingDelivery(DeliveryChannel.Email, new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero))]);
        DeliveryPlan.For(watch with { Delivery = new WatchDelivery() }, Now).ShouldBeEmpty();
    }
}

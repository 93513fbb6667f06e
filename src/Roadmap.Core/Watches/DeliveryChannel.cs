namespace Roadmap.Core.Watches;

public enum DeliveryChannel
{
    Webhook,
    Email,
}

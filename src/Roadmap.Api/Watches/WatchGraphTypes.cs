using GraphQL.Types;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

internal sealed class WatchEventKindEnum : EnumerationGraphType<WatchEventKind>;

internal sealed class WatchRightEnum : EnumerationGraphType<WatchRight>;

internal sealed class DigestScheduleEnum : EnumerationGraphType<DigestSchedule>;

internal sealed class DeliveryChannelEnum : EnumerationGraphType<DeliveryChannel>;

internal sealed class DeliveryStateEnum : EnumerationGraphType<DeliveryState>;

internal sealed class FeedScopeEnum : EnumerationGraphType<FeedScope>;

internal sealed class WatchType : ObjectGraphType<Watch>
{
    public WatchType()
    {
        Name = "Watch";
        Description = "A standing subscription to changes (issue #22): rules, hand-picked documents, sharing and delivery.";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(w => w.Name);
        Field(w => w.OwnerKeyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the API key that owns it.");
        Field<NonNullGraphType<WatchRulesType>>("rules").Resolve(c => c.Source.Rules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("documents").Resolve(c => c.Source.Documents);
        Field(w => w.SignificantOnly).Description("Only significant transitions (schema/significant-transitions.csv), new documents and editions.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WatchShareType>>>>("shares").Resolve(c => c.Source.Shares);
        Field<StringGraphType>("webhookUrl").Resolve(c => c.Source.Delivery.WebhookUrl?.ToString());
        Field<StringGraphType>("webhookSecret").Description("The HMAC-SHA256 key of the webhook's X-Roadmap-Signature (only to those who may change the watch).")
            .Resolve(c => WatchSchemaContributor.MayModify(c, c.Source) ? c.Source.Delivery.WebhookSecret : null);
        Field<StringGraphType>("email").Resolve(c => c.Source.Delivery.Email);
        Field<NonNullGraphType<DigestScheduleEnum>>("digest").Resolve(c => c.Source.Delivery.Digest);
        Field<StringGraphType>("feedPath").Description("The watch's Atom feed, token included: give it to a feed reader.")
            .Resolve(c => c.Source.Delivery.FeedToken is { } token ? $"/feeds/watches/{c.Source.Id}.atom?token={token}" : null);
        Field(w => w.CreatedAt);
    }
}

internal sealed class WatchRulesType : ObjectGraphType<WatchRules>
{
    public WatchRulesType()
    {
        Name = "WatchRules";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("bodies").Resolve(c => c.Source.Bodies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("committees").Description("Each with its subtree.").Resolve(c => c.Source.Committees);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentKindEnum>>>>("kinds").Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifecycleStageEnum>>>>("transitions").Description("Stages a document enters.").Resolve(c => c.Source.Transitions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("topics").Description("Each with its subtopics.").Resolve(c => c.Source.Topics);
        Field(r => r.DesignationPattern, nullable: true);
        Field(r => r.Query, nullable: true);
        Field(r => r.GapStatusChanges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("overlapCommittees").Resolve(c => c.Source.OverlapCommittees);
    }
}

internal sealed class WatchShareType : ObjectGraphType<WatchShare>
{
    public WatchShareType()
    {
        Name = "WatchShare";
        Field(s => s.KeyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<WatchRightEnum>>("right").Resolve(c => c.Source.Right);
    }
}

internal sealed class WatchEventType : ObjectGraphType<WatchEvent>
{
    public WatchEventType()
    {
        Name = "WatchEvent";
        Description = "Something a watch asked to hear about, derived from one recorded store change (or a gap's status history).";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Ascending; use as cursor (before/after).");
        Field(e => e.WatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<WatchEventKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(e => e.IdempotencyKey).Description("Unique per watch and fact; webhooks send it as X-Roadmap-Idempotency-Key.");
        Field(e => e.Title);
        Field(e => e.DocumentKey, nullable: true);
        Field(e => e.CommitteeKey, nullable: true);
        Field(e => e.GapId, nullable: true);
        Field(e => e.Before, nullable: true);
        Field(e => e.After, nullable: true);
        Field(e => e.Significant);
        Field<LongGraphType>("changeSeq").Resolve(c => c.Source.ChangeSeq);
        Field(e => e.Actor);
        Field(e => e.RunId, nullable: true);
        Field(e => e.OccurredAt);
        Field(e => e.RecordedAt);
    }
}

internal sealed class DeliveryAttemptType : ObjectGraphType<DeliveryAttempt>
{
    public DeliveryAttemptType()
    {
        Name = "DeliveryAttempt";
        Description = "One try at delivering an event (the delivery log).";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.EventId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<DeliveryChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field(a => a.At);
        Field(a => a.Succeeded);
        Field(a => a.Detail);
        Field<NonNullGraphType<DeliveryStateEnum>>("outcome").Resolve(c => c.Source.Outcome);
        Field(a => a.NextAttemptAt, nullable: true);
        Field(a => a.Instance);
    }
}

internal sealed class WatchInputType : InputObjectGraphType<WatchInput>
{
    public WatchInputType()
    {
        Name = "WatchInput";
        Description = "A watch's definition. Every rule given must hold; a watch needs a rule or a document.";
        Field(i => i.Name);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("bodies");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("committees").Description("Each with its subtree.");
        Field<ListGraphType<NonNullGraphType<DocumentKindEnum>>>("kinds");
        Field<ListGraphType<NonNullGraphType<LifecycleStageEnum>>>("transitions");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("topics").Description("Topic ids, each with its subtopics.");
        Field(i => i.DesignationPattern, nullable: true).Description("A regular expression over the designation (any case).");
        Field(i => i.Query, nullable: true).Description("A search query the document must match.");
        Field(i => i.GapStatusChanges, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("overlapCommittees");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("documents").Description("Hand-picked document keys.");
        Field(i => i.SignificantOnly, nullable: true);
        Field(i => i.WebhookUrl, nullable: true);
        Field(i => i.Email, nullable: true);
        Field<DigestScheduleEnum>("digest");
    }
}

using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Application.Analysis;
using Roadmap.Application.Topics;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class ReviewQueueType : ObjectGraphType<ReviewItems>
{
    public ReviewQueueType()
    {
        Name = "ReviewQueue";
        Description = "What editors should review in the classification; they pin or reject with pinTopic / rejectTopic.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewItemType>>>>("unclassified")
            .Description("\"DLT, unclassified\": documents in the DLT context under no leaf topic, by key.").Resolve(c => c.Source.Unclassified);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewItemType>>>>("singleSignal")
            .Description("Leaf assignments resting on one rule match only (not pinned), weakest first.").Resolve(c => c.Source.SingleSignal);
    }
}

internal sealed class ReviewItemType : ObjectGraphType<ReviewItem>
{
    public ReviewItemType()
    {
        Name = "ReviewItem";
        Description = "A document to review and, for a single-signal assignment, the topic in question with its evidence.";
        Field<NonNullGraphType<IdGraphType>>("documentKey").Resolve(c => c.Source.DocumentKey);
        Field<DocumentType>("document").Description("Batched per request.").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentKey));
        Field<TopicType>("topic").Resolve(c => c.Source.Assignment is { } a ? AnalysisViews.TopicOrStandIn(c.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy, a.TopicId) : null);
        Field<FloatGraphType>("score").Resolve(c => c.Source.Assignment?.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationEvidenceType>>>>("evidence").Resolve(c => c.Source.Assignment?.Evidence ?? []);
    }
}

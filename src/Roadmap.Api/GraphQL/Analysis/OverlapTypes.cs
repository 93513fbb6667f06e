using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class OverlapType : ObjectGraphType<Overlap>
{
    public OverlapType()
    {
        Name = "Overlap";
        Description = "Two documents of different bodies or committees with similar scope; score blends text and topic similarity.";
        Field<NonNullGraphType<IdGraphType>>("firstKey").Resolve(c => c.Source.FirstKey);
        Field<NonNullGraphType<IdGraphType>>("secondKey").Resolve(c => c.Source.SecondKey);
        Field<DocumentType>("first").Description("Batched per request.").Resolve(c => c.Loaders().Documents.Load(c.Source.FirstKey));
        Field<DocumentType>("second").Description("Batched per request.").Resolve(c => c.Loaders().Documents.Load(c.Source.SecondKey));
        Field(o => o.FirstBody);
        Field(o => o.SecondBody);
        Field(o => o.FirstCommittee, nullable: true);
        Field(o => o.SecondCommittee, nullable: true);
        Field(o => o.Score);
        Field(o => o.TextSimilarity).Description("Cosine similarity of the title-and-scope term vectors, 0-1.");
        Field(o => o.SemanticSimilarity, nullable: true).Description("Cosine similarity of the title subjects' sentence embeddings, 0-1; null when the analysis compared words only.");
        Field(o => o.TopicSimilarity).Description("Jaccard similarity of the two topic sets, 0-1.");
        Field(o => o.LikelyCommonText).Description("An ITU-T and an ISO/IEC text with near-identical titles and no recorded relation: likely one common text, for an editor to confirm; not an overlap.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTerms").Resolve(c => c.Source.SharedTerms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTopics").Resolve(c => c.Source.SharedTopics);
        Field<RelationTypeEnum>("knownRelation").Description("The relation that already links the pair, if any: then it is no unknown overlap.").Resolve(c => c.Source.KnownRelation);
    }
}

/// <summary>Two committees and how strongly their documents overlap.</summary>
internal sealed record CommitteePairOverlap(string FirstCommittee, string SecondCommittee, double Strength, int Overlaps);

internal sealed class CommitteePairOverlapType : ObjectGraphType<CommitteePairOverlap>
{
    public CommitteePairOverlapType()
    {
        Name = "CommitteePairOverlap";
        Field(p => p.FirstCommittee);
        Field(p => p.SecondCommittee);
        Field(p => p.Strength).Description("Sum of the pair's unknown overlap scores.");
        Field(p => p.Overlaps);
    }
}

internal sealed class LiaisonSuggestionType : ObjectGraphType<LiaisonSuggestion>
{
    public LiaisonSuggestionType()
    {
        Name = "LiaisonSuggestion";
        Description = "Two committees whose documents overlap and that share no common-text or adoption relation yet.";
        Field(l => l.FirstCommittee);
        Field(l => l.SecondCommittee);
        Field(l => l.Strength).Description("The summed overlap score divided by the square root of the product of the two committees' document counts, each plus 5.");
        Field(l => l.Sum).Description("The plain sum of the pair's overlap scores.");
        Field<NonNullGraphType<StringGraphType>>("status").Description("\"existing\" when the liaison registry (as it is now) links the committees or their parents, else \"new\".")
            .Resolve(c => c.Source.Existing is null ? "new" : "existing");
        Field(l => l.Existing, nullable: true).Description("The registered liaison that covers the pair, as A ↔ B (category).");
        Field(l => l.Internal, nullable: true).Description("Why the pair is internal coordination (same body, or one committee contains the other); null across bodies.");
        Field(l => l.Overlaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTopics").Resolve(c => c.Source.SharedTopics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("topPairs").Description("The strongest overlapping pairs, as first ↔ second keys.").Resolve(c => c.Source.TopPairs);
    }
}

internal sealed class AnalysisRunType : ObjectGraphType<AnalysisRun>
{
    public AnalysisRunType()
    {
        Name = "AnalysisRun";
        Description = "One run of the analysis.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field<DateScalar>("asOf").Description("The landscape's date; null for a live run.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<StringGraphType>>("mode").Description("full or incremental.").Resolve(c => c.Source.Mode.ToString().ToLowerInvariant());
        Field(r => r.Classified).Description("Documents (re)classified by the run.");
        Field(r => r.InScope).Description("Documents under at least one topic.");
        Field(r => r.OpenGaps);
        Field(r => r.Overlaps).Description("Unknown overlaps found.");
    }
}

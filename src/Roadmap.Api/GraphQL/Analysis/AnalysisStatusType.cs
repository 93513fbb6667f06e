using GraphQL.Types;
using Roadmap.Application.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class AnalysisStatusType : ObjectGraphType<AnalysisStatus>
{
    public AnalysisStatusType()
    {
        Name = "AnalysisStatus";
        Description = "Where the live analysis stands.";
        Field<AnalysisRunType>("lastRun").Description("The last live run; null before the first.").Resolve(c => c.Source.LastRun);
        Field<NonNullGraphType<LongGraphType>>("changesPending").Description("Graph changes the last live run has not analysed yet.").Resolve(c => c.Source.ChangesPending);
        Field(s => s.DecisionsPending).Description("True when editors' pins or rejects wait for the next run.");
    }
}

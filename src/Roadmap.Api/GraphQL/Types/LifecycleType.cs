using GraphQL.Types;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class LifecycleType : ObjectGraphType<DocumentLifecycle>
{
    public LifecycleType()
    {
        Name = "Lifecycle";
        Description = "Where a document stands: the common stage and the body's own code.";
        Field<NonNullGraphType<LifecycleStageEnum>>("stage").Resolve(c => c.Source.Stage);
        Field(l => l.Scheme).Description("Whose code `code` is: iso-stage, itu-status, ieee-status, w3c-maturity, etsi.");
        Field(l => l.Code).Description("The body's own code or word, e.g. 60.60, In force.");
        Field("inForce", l => l.IsInForce);
        Field("ongoing", l => l.IsOngoing);
    }
}

using GraphQL.Types;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "One field's value before and after a change.";
        Field(f => f.Field);
        Field(f => f.Before, nullable: true);
        Field(f => f.After, nullable: true);
    }
}

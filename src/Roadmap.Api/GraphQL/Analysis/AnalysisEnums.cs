using GraphQL.Types;
using Roadmap.Application.Gaps;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>A calendar day, <c>YYYY-MM-DD</c>: every date argument and field of the schema (<c>asOf</c>, publication filters).</summary>
internal sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar day, YYYY-MM-DD.";
    }
}

internal sealed class SortDirectionEnum : EnumerationGraphType<SortDirection>;

internal sealed class GapOrderFieldEnum : EnumerationGraphType<GapOrderField>;

internal sealed class EvidenceKindEnum : EnumerationGraphType<EvidenceKind>;

internal sealed class DecisionKindEnum : EnumerationGraphType<DecisionKind>;

internal sealed class CoverageDimensionEnum : EnumerationGraphType<CoverageDimension>;

internal sealed class GapStatusEnum : EnumerationGraphType<GapStatus>;

internal sealed class GapKindEnum : EnumerationGraphType<GapKind>;

internal sealed class MappingTypeEnum : EnumerationGraphType<MappingType>;

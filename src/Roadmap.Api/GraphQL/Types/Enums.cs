using GraphQL.Types;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using Roadmap.Core.Security;
using Roadmap.Search;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class RelationTypeEnum : EnumerationGraphType<RelationType>;

internal sealed class LifecycleStageEnum : EnumerationGraphType<LifecycleStage>;

internal sealed class DocumentKindEnum : EnumerationGraphType<DocumentKind>;

internal sealed class ChangeKindEnum : EnumerationGraphType<ChangeKind>;

internal sealed class CrawlRunStateEnum : EnumerationGraphType<CrawlRunState>;

internal sealed class DocumentSortEnum : EnumerationGraphType<DocumentSort>
{
    public DocumentSortEnum() => Name = "DocumentSortField";
}

internal sealed class SearchModeEnum : EnumerationGraphType<SearchMode>;

internal sealed class FacetDimensionEnum : EnumerationGraphType<FacetDimension>;

internal sealed class RoleEnum : EnumerationGraphType<ApiRole>
{
    public RoleEnum() => Name = "Role";
}

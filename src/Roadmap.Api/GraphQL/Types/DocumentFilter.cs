using Roadmap.Core.Lifecycle;

namespace Roadmap.Api.GraphQL.Types;

internal sealed record DocumentFilter
{
    public string? Body { get; init; }

    public string? Committee { get; init; }

    public List<LifecycleStage>? Lifecycle { get; init; }

    public string? Text { get; init; }

    public DateOnly? PublishedFrom { get; init; }

    public DateOnly? PublishedTo { get; init; }

    public string? Topic { get; init; }
}

using GraphQL;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.Security;

namespace Roadmap.Api.GraphQL.Execution;

internal static class ResolveContextExtensions
{
    public static RoadmapUserContext Roadmap(this IResolveFieldContext context) =>
        context.UserContext as RoadmapUserContext ?? throw new InvalidOperationException("the request has no Roadmap user context");

    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.Roadmap().Loaders;

    public static Caller Caller(this IResolveFieldContext context) => context.Roadmap().Caller;

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("no request services")).GetRequiredService<T>();
}

using Roadmap.Api.Explorer;

namespace Roadmap.Api.GraphQL.Http;

internal static class GraphQLHttpApi
{
    /// <summary><c>POST /graphql</c>, <c>GET /graphql?query=</c> (queries only), and the explorer for a browser that opens <c>/graphql</c>.</summary>
    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", (HttpContext context, GraphQLEndpoint endpoint) => endpoint.HandleAsync(context, isGet: false))
            .WithName("GraphQLPost").WithSummary("Execute a GraphQL operation (JSON body).").DisableAntiforgery();
        app.MapGet("/graphql", (HttpContext context, GraphQLEndpoint endpoint) =>
                !context.Request.Query.ContainsKey("query") && MediaTypes.WantsHtml(context.Request)
                    ? ExplorerApi.WritePageAsync(context)
                    : endpoint.HandleAsync(context, isGet: true))
            .WithName("GraphQLGet").WithSummary("Execute a GraphQL query from the query string; the explorer for browsers.");
        return app;
    }
}

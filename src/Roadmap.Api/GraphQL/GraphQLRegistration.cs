using GraphQL;
using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Http;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Paging;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.GraphQL;

internal static partial class GraphQLRegistration
{
    /// <summary>The schema, its limits (depth, complexity, page size; aliases and document size in <see cref="DocumentBudget"/>), error policy and the HTTP endpoint.</summary>
    public static IHostApplicationBuilder AddRoadmapGraphQL(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSingleton<CommitteeCatalog>();
        builder.Services.AddSingleton<DocumentCache>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLEndpoint>();
        // The schema's connections are graphql-dotnet's Relay types, made strict where clients rely on it; generic, so
        // registered as open types (AddGraphTypes registers only closed ones).
        builder.Services.AddTransient(typeof(RoadmapConnectionType<>));
        builder.Services.AddTransient(typeof(RoadmapEdgeType<>));
        builder.Services.AddGraphQL(b => b
            .AddSchema<RoadmapSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(RoadmapSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = development)
            .AddComplexityAnalyzer((c, sp) =>
            {
                var api = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
                (c.MaxDepth, c.MaxComplexity) = (api.MaxDepth, api.MaxComplexity);
            })
            .AddValidationRule<RoleRule>()
            .ConfigureExecutionOptions(options =>
            {
                var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Roadmap.Api.GraphQL");
                PageSize.Max = options.RequestServices!.GetRequiredService<IOptions<ApiOptions>>().Value.MaxPageSize;
                options.UnhandledExceptionDelegate = context =>
                {
                    // A use case refusing a request is the client's error, not a failure of the service.
                    if (UseCaseErrors.ToClientError(context.OriginalException) is { } clientError)
                    {
                        context.Exception = clientError;
                        return Task.CompletedTask;
                    }

                    LogResolverFailed(logger, context.FieldContext?.FieldDefinition.Name ?? "(document)", context.OriginalException);
                    return Task.CompletedTask;
                };
            }));
        return builder;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL resolver {Field} failed")]
    private static partial void LogResolverFailed(ILogger logger, string field, Exception exception);
}

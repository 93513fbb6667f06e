using Microsoft.AspNetCore.Authentication;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.Security;

internal static class SecurityRegistration
{
    /// <summary>API key authentication and the API's limits (<c>Roadmap:Api</c>).</summary>
    public static IHostApplicationBuilder AddRoadmapSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ApiKeyVerifier>();
        builder.Services.AddSingleton<GraphQL.IGraphQLSchemaContributor, KeySchemaContributor>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return builder;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL;
using Roadmap.Api.Hosting;
using Roadmap.Api.Security;
using Roadmap.Application.Analysis;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Reports;
using Roadmap.Reports.Rendering;

namespace Roadmap.Api.Reports;

/// <summary>
/// The roadmap as downloads: <c>GET /roadmap.md</c>, <c>/roadmap.html</c>, <c>/roadmap.docx</c> with an optional
/// <c>asOf=YYYY-MM-DD</c>, each an attachment named after its edition date; and the GraphQL field <c>roadmap(asOf)</c>.
/// Readers only: an API key, or anonymous reading switched on.
/// </summary>
internal static class ReportApi
{
    public static IHostApplicationBuilder AddRoadmapReports(this IHostApplicationBuilder builder)
    {
        // The analysis' own store and taxonomy (Roadmap:Analysis:Taxonomy may name another file than the default).
        builder.Services.AddSingleton(sp => new RoadmapReports(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IAnalysisStore>(), sp.GetRequiredService<AnalysisService>().Taxonomy, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IGraphQLSchemaContributor, ReportSchemaContributor>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        foreach (var renderer in RoadmapRenderers.All)
        {
            app.MapGet("/roadmap" + renderer.FileExtension, (HttpContext context, string? asOf, RoadmapReports reports, IOptions<ApiOptions> options, CancellationToken cancellationToken) =>
                    DownloadAsync(context, renderer, asOf, reports, options.Value, cancellationToken))
                .WithName("Roadmap" + char.ToUpperInvariant(renderer.Format[0]) + renderer.Format[1..])
                .WithSummary($"The security standardization roadmap as {renderer.Format} (asOf=YYYY-MM-DD for a past landscape).");
        }

        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, IRoadmapRenderer renderer, string? asOf, RoadmapReports reports, ApiOptions options, CancellationToken cancellationToken)
    {
        var authentication = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
        if (authentication.Failure is not null || (!authentication.Succeeded && !options.AnonymousRead))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(authentication.Failure?.Message ?? "An API key is required: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>' (anonymous reading is off).",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return TypedResults.Problem($"asOf '{asOf}' must be a date YYYY-MM-DD", statusCode: StatusCodes.Status400BadRequest);
            }

            date = parsed;
        }

        Roadmap.Reports.Model.RoadmapDocument document;
        try
        {
            document = await reports.BuildAsync(date, cancellationToken);
        }
        catch (RoadmapUnavailableException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }

        using var output = new MemoryStream();
        renderer.Render(document, output);
        var name = $"roadmap-{document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{renderer.FileExtension}";
        return TypedResults.File(output.ToArray(), renderer.ContentType, name);
    }
}

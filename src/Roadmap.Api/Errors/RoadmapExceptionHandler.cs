using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Errors;

/// <summary>Maps exceptions outside GraphQL to ProblemDetails in one place; the exception's text only in Development.</summary>
internal sealed partial class RoadmapExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<RoadmapExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            GraphStoreException => (StatusCodes.Status503ServiceUnavailable, "The graph store is unavailable"),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            OperationCanceledException => (499, "The request was cancelled"),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred"),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, httpContext.Request.Path, exception);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = environment.IsDevelopment() ? exception.ToString() : null,
                Instance = httpContext.Request.Path,
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, string path, Exception exception);
}

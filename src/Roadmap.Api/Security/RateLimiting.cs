using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.Security;

/// <summary>
/// The framework's rate limiter, partitioned by who calls: a verified API key by its id, anyone else by the client
/// address (a made-up key fails authentication and counts against the address, so new ids buy no new bucket).
/// </summary>
internal static class RateLimiting
{
    public const string RateLimited = "RATE_LIMITED";

    public static IHostApplicationBuilder AddRoadmapRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var path = context.Request.Path;
        if (!limits.Enabled || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/metrics"))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(ClaimTypes.NameIdentifier) is { } id)
        {
            return RateLimitPartition.GetTokenBucketLimiter("key:" + id.Value, _ => Bucket(limits.KeyBurst, limits.KeyPerSecond));
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter("address:" + address, _ => Bucket(limits.AddressBurst, limits.AddressPerSecond));
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perSecond) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var who = rejected.HttpContext.User.Identity?.IsAuthenticated == true ? "this API key" : "this address";
        await response.WriteAsJsonAsync(
            new { errors = new[] { new { message = $"Too many requests from {who}; retry after {seconds} s (Roadmap:Api:RateLimit).", extensions = new { code = RateLimited } } } },
            cancellationToken);
    }
}

using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// One pipeline per host: retry with jittered exponential backoff (Retry-After honoured) around a circuit breaker around a
/// per-attempt timeout. The breaker is per host so one failing site does not stop the others.
/// </summary>
internal static class ResiliencePipelines
{
    public static ResiliencePipeline<RawResponse> ForHost(CrawlerOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<RawResponse> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RawResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = Transient(handleBrokenCircuit: true),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, options.MaxRetryAfter)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<RawResponse>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = Transient(handleBrokenCircuit: false),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>The server's Retry-After when it gave one (capped), else null so the backoff decides.</summary>
    internal static TimeSpan? RetryAfter(Outcome<RawResponse> outcome, TimeSpan cap) =>
        outcome.Result?.RetryAfter is { } after ? (after < cap ? after : cap) : null;

    /// <summary>The address refusal behind a failed connection, if that is what it was: not transient, never retried.</summary>
    internal static AddressRefusedException? RefusalIn(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static PredicateBuilder<RawResponse> Transient(bool handleBrokenCircuit)
    {
        var predicate = new PredicateBuilder<RawResponse>()
            .Handle<HttpRequestException>(ex => RefusalIn(ex) is null)
            .Handle<IOException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.IsTransientFailure);
        return handleBrokenCircuit ? predicate.Handle<BrokenCircuitException>() : predicate;
    }
}

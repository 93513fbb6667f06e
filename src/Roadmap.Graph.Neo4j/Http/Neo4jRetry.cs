using Polly;
using Polly.Retry;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// The retry policy: Neo4j's transient errors, 5xx answers, timeouts and dropped connections are retried with exponential,
/// jittered backoff, a bounded number of times. Client errors are never retried: the same request would fail the same way.
/// </summary>
internal static class Neo4jRetry
{
    public static ResiliencePipeline Build(Neo4jOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<Neo4jTransientException>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .Handle<IOException>(),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
            });
        }

        return builder.Build();
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Roadmap.Api.Telemetry;

/// <summary>The service's own instruments: GraphQL requests by method and outcome, and their duration.</summary>
internal sealed class ApiMetrics
{
    public const string MeterName = "Roadmap.Api";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;

    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("roadmap.graphql.requests", description: "GraphQL requests by HTTP method and outcome");
        _duration = meter.CreateHistogram<double>("roadmap.graphql.duration", unit: "ms", description: "GraphQL request duration");
    }

    public void RecordRequest(string method, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "method", method }, { "outcome", outcome } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Roadmap.Api.Hosting;

/// <summary>
/// <c>Roadmap:Api:RateLimit:*</c>: how many requests one API key, or one client address without a key, may make. A token
/// bucket each: up to the burst at once, refilled by the rate every second. Past it: 429 with <c>Retry-After</c>.
/// Health probes and <c>/metrics</c> are not counted. Behind a reverse proxy the address is the client's only when
/// <see cref="ForwardedHeadersSettings"/> names the proxy.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Roadmap:Api:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one key may make at once.</summary>
    [Range(1, 1_000_000)]
    public int KeyBurst { get; set; } = 600;

    /// <summary>Requests per second one key may make in the long run.</summary>
    [Range(1, 1_000_000)]
    public int KeyPerSecond { get; set; } = 50;

    /// <summary>Requests one client address without a key (anonymous reading) may make at once.</summary>
    [Range(1, 1_000_000)]
    public int AddressBurst { get; set; } = 300;

    /// <summary>Requests per second one address without a key may make in the long run.</summary>
    [Range(1, 1_000_000)]
    public int AddressPerSecond { get; set; } = 20;
}

namespace Roadmap.Api.Hosting;

/// <summary>
/// <c>Roadmap:Api:ForwardedHeaders:*</c>: the reverse proxy in front of the service (which terminates TLS). When enabled,
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed from these proxies only, so the rate limit counts
/// the real client's address and the service knows the request came over https. Off: the peer's address is the client.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public const string Section = "Roadmap:Api:ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>The proxies' addresses (<c>10.0.0.5</c>); loopback is always known.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The proxies' networks in CIDR notation (<c>172.18.0.0/16</c> for a compose network).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row are taken off <c>X-Forwarded-For</c>.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}

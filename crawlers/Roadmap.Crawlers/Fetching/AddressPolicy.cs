using System.Net;
using System.Net.Sockets;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Which addresses the crawl may connect to: anything public, and loopback, link-local, private, multicast or reserved
/// ones only when <see cref="CrawlerOptions.AllowedNetworks"/> names them. A page, a link or a redirect from a site
/// must not turn the crawler against the network it runs in (cloud metadata at 169.254.169.254, admin ports on 10/8).
/// </summary>
internal sealed class AddressPolicy
{
    private static readonly IPNetwork[] Internal =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/96"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    private readonly IReadOnlyList<IPNetwork> _allowed;

    private AddressPolicy(IReadOnlyList<IPNetwork> allowed) => _allowed = allowed;

    /// <exception cref="InvalidDataException">An entry of <see cref="CrawlerOptions.AllowedNetworks"/> is not an address or CIDR network.</exception>
    public static AddressPolicy From(CrawlerOptions options) => new([.. options.AllowedNetworks.Select(ParseNetwork)]);

    /// <summary>True for a public address, or an internal one the options allow.</summary>
    public bool IsAllowed(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return !Internal.Any(n => n.Contains(plain)) || _allowed.Any(n => n.Contains(plain));
    }

    /// <summary>
    /// Why <paramref name="url"/> must not be fetched, decided from the URL alone (no DNS): a literal internal address, or
    /// <c>localhost</c>. Null when the URL names a host whose addresses are checked as the connection is made.
    /// </summary>
    public string? RefusalOf(Uri url)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal))
        {
            return IsAllowed(literal) ? null : Refusal(url.IdnHost);
        }

        return url.IsLoopback && !IsAllowed(IPAddress.Loopback) ? Refusal(url.IdnHost) : null;
    }

    /// <summary>The words for a refused host, the same whether the URL or the connection caught it.</summary>
    public static string Refusal(string host) =>
        $"refused to connect to {host}: a loopback, link-local or private address (allow it with Crawler:AllowedNetworks)";

    private static IPNetwork ParseNetwork(string entry)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            return new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        }

        return IPNetwork.TryParse(entry, out var network)
            ? network
            : throw new InvalidDataException($"Crawler:AllowedNetworks entry '{entry}' is neither an address nor a CIDR network such as 10.1.0.0/16");
    }
}

using System.Net;
using System.Net.Sockets;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// The HTTP handler's connect step: resolves the host and connects only to addresses the <see cref="AddressPolicy"/>
/// allows. Checking the address actually connected to (not a lookup made earlier) leaves no gap for a name that
/// resolves to a public address when checked and to an internal one when used.
/// </summary>
internal static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Using(AddressPolicy policy) =>
        (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, context.InitialRequestMessage.RequestUri, cancellationToken);

    internal static async ValueTask<Stream> ConnectAsync(AddressPolicy policy, DnsEndPoint endpoint, Uri? target, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        // A connection to a configured proxy is the operator's choice; only the crawled host itself is checked.
        var toTarget = target is null || string.Equals(target.IdnHost.Trim('[', ']'), host, StringComparison.OrdinalIgnoreCase);
        var usable = toTarget ? addresses.Where(policy.IsAllowed).ToArray() : addresses;
        if (usable.Length == 0)
        {
            throw new AddressRefusedException(AddressPolicy.Refusal(host));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

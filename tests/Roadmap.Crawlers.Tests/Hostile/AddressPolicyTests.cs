using System.Net;
using System.Net.Sockets;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Tests.Hostile;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("::ffff:192.168.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void IsAllowed_InternalAddressByDefault_IsFalse(string address)
    {
        AddressPolicy.From(new CrawlerOptions()).IsAllowed(IPAddress.Parse(address)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    public void IsAllowed_PublicAddress_IsTrue(string address)
    {
        AddressPolicy.From(new CrawlerOptions()).IsAllowed(IPAddress.Parse(address)).ShouldBeTrue();
    }

    [Fact]
    public void IsAllowed_AllowedNetworks_OpenOnlyWhatTheyName()
    {
        // Arrange
        var policy = AddressPolicy.From(new CrawlerOptions { AllowedNetworks = ["127.0.0.1", "10.1.0.0/16"] });

        // Act / Assert
        policy.IsAllowed(IPAddress.Parse("127.0.0.1")).ShouldBeTrue();
        policy.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1")).ShouldBeTrue();
        policy.IsAllowed(IPAddress.Parse("127.0.0.2")).ShouldBeFalse();
        policy.IsAllowed(IPAddress.Parse("10.1.200.3")).ShouldBeTrue();
        policy.IsAllowed(IPAddress.Parse("10.2.0.1")).ShouldBeFalse();
        policy.IsAllowed(IPAddress.Parse("169.254.169.254")).ShouldBeFalse();
    }

    [Fact]
    public void From_EntryThatIsNotANetwork_ThrowsNamingIt()
    {
        Should.Throw<InvalidDataException>(() => AddressPolicy.From(new CrawlerOptions { AllowedNetworks = ["intranet"] }))
            .Message.ShouldContain("'intranet'");
    }

    [Fact]
    public void Validate_AllowedNetworksEntryThatIsNotANetwork_FailsOptionsValidation()
    {
        // Arrange
        var options = new CrawlerOptions { AllowedNetworks = ["127.0.0.1", "10.0.0.0/99"] };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        // Act
        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        // Assert
        valid.ShouldBeFalse();
        results.ShouldHaveSingleItem().MemberNames.ShouldBe([nameof(CrawlerOptions.AllowedNetworks)]);
    }

    [Fact]
    public async Task ConnectAsync_HostResolvingOnlyToRefusedAddresses_ThrowsWithoutOpeningASocket()
    {
        // Arrange: a listener on 127.0.0.1 that would see any connection made despite the refusal.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var policy = AddressPolicy.From(new CrawlerOptions());

        // Act
        var refusal = await Should.ThrowAsync<AddressRefusedException>(() =>
            GuardedConnect.ConnectAsync(policy, new DnsEndPoint("127.0.0.1", port), new Uri($"http://127.0.0.1:{port}/"), CancellationToken.None).AsTask());

        // Assert
        refusal.Message.ShouldStartWith("refused to connect to 127.0.0.1");
        listener.Pending().ShouldBeFalse();
    }

    [Fact]
    public async Task ConnectAsync_AllowedAddress_Connects()
    {
        // Arrange
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var policy = AddressPolicy.From(new CrawlerOptions { AllowedNetworks = ["127.0.0.1"] });

        // Act
        await using var stream = await GuardedConnect.ConnectAsync(policy, new DnsEndPoint("127.0.0.1", port), new Uri($"http://127.0.0.1:{port}/"), CancellationToken.None);
        using var accepted = await listener.AcceptTcpClientAsync();

        // Assert
        accepted.Connected.ShouldBeTrue();
    }
}

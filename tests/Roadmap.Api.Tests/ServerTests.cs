namespace Roadmap.Api.Tests;

/// <summary>One host per test class (anonymous read on), seeded with <see cref="Seed.Small"/>.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new(anonymousRead: true);

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Seed.WriteAsync(Factory, Seed.Small());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

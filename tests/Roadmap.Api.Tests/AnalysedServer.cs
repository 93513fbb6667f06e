using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Analysis;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

/// <summary>One host per test class (anonymous read on, background analysis off), seeded with <see cref="Seed.Small"/> and analysed once.</summary>
public sealed class AnalysedServer : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new(anonymousRead: true);

    public HttpClient Client { get; private set; } = null!;

    public string EditorKey { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Seed.WriteAsync(Factory, Seed.Small());
        await Factory.Services.GetRequiredService<AnalysisService>().RunAsync(full: true, CancellationToken.None);
        EditorKey = await Seed.KeyAsync(Factory, ApiRole.Editor, "alice");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

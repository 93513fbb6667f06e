using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api.Search;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests;

/// <summary>A few facts-only documents, committees and relations written through IGraphStore.UpsertAsync, then indexed.</summary>
internal static class Seed
{
    public static readonly DateTimeOffset At = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static GraphBatch Small() => new()
    {
        Committees =
        [
            Builders.Committee("ISO/TC 307", title: "Blockchain and distributed ledger technologies"),
            Builders.Committee("ISO/TC 307/WG 2", title: "Security, privacy and identity"),
            Builders.Committee("ITU-T SG17", "ITU-T", title: "Security"),
        ],
        Documents =
        [
            Builders.Iso("ISO 22739", "Blockchain and distributed ledger technologies — Vocabulary", published: "2024-05", year: "2024"),
            Builders.Iso("ISO/TR 23455", "Blockchain and distributed ledger technologies — Overview of and interactions between smart contracts", published: "2019-09", year: "2019"),
            Builders.Iso("ISO/TS 23635", "Blockchain and distributed ledger technologies — Guidelines for governance", published: "2022-02", committee: "ISO/TC 307/WG 2", year: "2022"),
            Builders.Iso("ISO 23257", "Blockchain and distributed ledger technologies — Reference architecture", stageCode: "40.20", published: null),
            Builders.Itu("ITU-T X.1401", "Security threats of distributed ledger technology"),
        ],
        Relations =
        [
            new DocumentRelation("ISO/TR 23455", RelationType.NormativeReference, "ISO 22739"),
            new DocumentRelation("ISO/TS 23635", RelationType.NormativeReference, "ISO 22739"),
            new DocumentRelation("ISO 23257", RelationType.NormativeReference, "ISO 22739"),
            new DocumentRelation("ISO 23257", RelationType.NormativeReference, "ISO 99999"),
        ],
    };

    /// <summary>Sixty documents spread over three committees, each referring to the next.</summary>
    public static GraphBatch Many()
    {
        string[] committees = ["ISO/TC 307", "ISO/TC 307/WG 2", "ITU-T SG17"];
        var documents = Enumerable.Range(1, 60).Select(i => Builders.Iso($"ISO {90000 + i}", $"Ledger topic number {i} — Requirements", committee: committees[i % 3], year: "2021")).ToList();
        var relations = Enumerable.Range(1, 59).Select(i => new DocumentRelation($"ISO {90000 + i}", RelationType.NormativeReference, $"ISO {90001 + i}")).ToList();
        return new GraphBatch { Documents = documents, Relations = relations };
    }

    public static async Task WriteAsync(ApiFactory factory, params GraphBatch[] batches)
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        foreach (var batch in batches)
        {
            await store.UpsertAsync(batch, new ChangeContext("seed-run", "test-seed", At), CancellationToken.None);
        }

        await factory.Services.GetRequiredService<SearchIndexHost>().SyncAsync(CancellationToken.None);
        factory.Services.GetRequiredService<GraphQL.Loading.CommitteeCatalog>().Invalidate();
    }

    /// <summary>Makes an API key with the role and returns its text.</summary>
    public static async Task<string> KeyAsync(ApiFactory factory, ApiRole role, string name = "test")
    {
        var (stored, key) = ApiKeySecrets.Create(name, role, At);
        await new SqliteApiKeyStore(factory.Services.GetRequiredService<DataDirectory>().GraphDatabasePath).AddAsync(stored, CancellationToken.None);
        return key;
    }
}

using Microsoft.Extensions.Time.Testing;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.TestKit;

namespace Roadmap.Reports.Tests;

/// <summary>
/// The small fixed landscape every report test reads: nine documents of two bodies under a ten-topic taxonomy, stored
/// in a real SQLite graph and analysis store and analysed by the real engine on a fixed day (2026-03-01). Built so
/// that between 2019-12-31 and today documents appear, change stage and age into staleness, and gaps open, close and
/// get addressed.
/// </summary>
public sealed class RoadmapDataset : IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly PreviousEdition = new(2019, 12, 31);

    private readonly TempDirectory _folder = new();

    public FakeTimeProvider Time { get; } = new(Today);

    public IGraphStore Graph { get; private set; } = null!;

    public IAnalysisStore Analysis { get; private set; } = null!;

    public TopicTaxonomy Taxonomy { get; private set; } = null!;

    public string DataPath => _folder.Path;

    public static IReadOnlyList<Document> Documents { get; } = [.. Sourced(
    [
        Builders.Document("ISO 22739", "ISO", DocumentKind.Standard,
            Builders.Edition("ISO 22739:2024", "Blockchain and distributed ledger technologies — Vocabulary", "60.60", "2024-05"),
            Builders.Edition("ISO 22739:2020", "Blockchain and distributed ledger technologies — Vocabulary", "95.99", "2020-07")),
        Builders.Iso("ISO 23257", "Blockchain and distributed ledger technologies — Reference architecture", "60.60", "2022-02", year: "2022"),
        Builders.Iso("ISO/TR 23455", "Blockchain and distributed ledger technologies — Overview of and interactions between smart contracts", "60.60", "2019-09", year: "2019"),
        Builders.Iso("ISO/TS 23635", "Blockchain and distributed ledger technologies — Guidelines for governance", "60.60", "2022-03", year: "2022"),
        Builders.Document("ITU-T X.1400", "ITU-T", DocumentKind.Recommendation,
            Builders.Edition("ITU-T X.1400 (03/2020)", "Terms and definitions for distributed ledger technology", "In force", "2020-03-20", "ITU-T SG17"),
            Builders.Edition("ITU-T X.1400 (draft)", "Terms and definitions for distributed ledger technology", "Under study", "2019-06-01", "ITU-T SG17")),
        Builders.Itu("ITU-T X.1401", "Security threats to distributed ledger technology", "In force", "2019-11-13"),
        Builders.Itu("ITU-T X.1402", "Security framework for distributed ledger technology", "In force", "2020-08-29"),
        Builders.Itu("ITU-T X.1414", "Reference architecture for cross-chain security of distributed ledger technology", "Under study", null, "ITU-T Q14/17"),
        Builders.Itu("ITU-T X.1403", "Security guidelines for using distributed ledger technology for decentralized identity management", "Superseded", "2020-09-11"),
    ])];

    public const string TaxonomyYaml = """
        version: 1
        settings:
          threshold: 0.5
          directScore: 0.75
          staleAfterYears: 6
        context:
          queries:
            - 'title:(blockchain OR "distributed ledger")'
        topics:
          - id: dlt
            name: Distributed ledger technologies
            scope: Standards for blockchain and distributed ledger systems.
            weight: 1.0
            owners:
              - committee: ISO/TC 307
                mandate: Standardization of blockchain and distributed ledger technologies.
          - id: foundations
            parent: dlt
            name: Foundations
            weight: 0.7
          - id: foundations.vocabulary
            parent: foundations
            name: Vocabulary
            weight: 0.6
            designations: ['^ISO 22739$', '^ITU-T X\.1400$']
          - id: foundations.architecture
            parent: foundations
            name: Reference architecture
            weight: 0.7
            designations: ['^ISO 23257$', '^ISO/TR 23455$']
          - id: foundations.governance
            parent: foundations
            name: Governance
            weight: 0.5
            designations: ['^ISO/TS 23635$']
          - id: security
            parent: dlt
            name: Security
            weight: 0.9
            owners:
              - committee: ITU-T SG17
                mandate: Security of ICT, including distributed ledger security.
          - id: security.threats
            parent: security
            name: Security threats
            weight: 0.9
            designations: ['^ITU-T X\.1401$']
          - id: security.framework
            parent: security
            name: Security framework
            weight: 0.8
            designations: ['^ITU-T X\.1402$', '^ITU-T X\.1403$']
          - id: security.crosschain
            parent: security
            name: Cross-chain security
            weight: 0.8
            designations: ['^ITU-T X\.1414$']
          - id: assets
            parent: dlt
            name: Digital assets
            weight: 0.6
            owners:
              - committee: ITU-T Q14/17
                mandate: Security aspects of distributed ledger technologies.
          - id: assets.custody
            parent: assets
            name: Custody of digital assets
            scope: Safekeeping of keys and assets by custodians.
            weight: 0.6
        """;

    public async ValueTask InitializeAsync()
    {
        var directory = DataDirectory.OpenOrCreate(DataPath);
        Graph = SqliteGraphStore.Open(directory);
        await Graph.InitializeAsync(TestContext.Current.CancellationToken);
        var loaded = new ChangeContext("crawl-1", "test", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        await Graph.UpsertAsync(new GraphBatch
        {
            Documents = Documents,
            Committees =
            [
                Builders.Committee("ISO/TC 307", title: "Blockchain and distributed ledger technologies"),
                Builders.Committee("ITU-T SG17", "ITU-T", parent: null, title: "Security"),
                Builders.Committee("ITU-T Q14/17", "ITU-T", parent: "ITU-T SG17", title: "Security aspects for distributed ledger technologies"),
            ],
            Relations =
            [
                new DocumentRelation("ISO 23257", RelationType.NormativeReference, "ISO 22739"),
                new DocumentRelation("ITU-T X.1402", RelationType.NormativeReference, "ITU-T X.1401"),
                new DocumentRelation("ITU-T X.1414", RelationType.NormativeReference, "ITU-T X.509"),
                new DocumentRelation("ITU-T X.1400", RelationType.Twin, "ISO 22739"),
            ],
        }, loaded, TestContext.Current.CancellationToken);
        await Graph.SaveCrawlRunAsync(Run("crawl-0", "itu-t", new DateTimeOffset(2019, 6, 1, 3, 0, 0, TimeSpan.Zero), 4), TestContext.Current.CancellationToken);
        await Graph.SaveCrawlRunAsync(Run("crawl-1", "iso-open-data", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 5), TestContext.Current.CancellationToken);

        Analysis = SqliteAnalysisStore.Open(directory);
        await Analysis.InitializeAsync(TestContext.Current.CancellationToken);
        using var index = DocumentIndex.CreateInMemory();
        await index.UpsertAsync(Documents);
        Taxonomy = TaxonomyLoader.Parse(TaxonomyYaml, "test taxonomy", index);
        await new AnalysisEngine(Graph, Analysis, index, Taxonomy, Time).RunAsync(new AnalysisRequest { Full = true }, TestContext.Current.CancellationToken);
    }

    public RoadmapBuilder Builder() => new(Graph, Analysis, Taxonomy, Time);

    public async ValueTask DisposeAsync()
    {
        await Analysis.DisposeAsync();
        await Graph.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Gives every edition a provenance: ISO's from iso.org pages, ITU-T's from a catalogue file.</summary>
    private static IEnumerable<Document> Sourced(IEnumerable<Document> documents) => documents.Select(d => d with
    {
        Editions = [.. d.Editions.Select(e => e with
        {
            Provenance = d.Body == "ISO"
                ? new Provenance($"https://www.iso.org/standard/{e.Id.Length}.html", new DateTimeOffset(2026, 2, 1, 0, 1, 0, TimeSpan.Zero), "sha256:" + e.Id.Length)
                : new Provenance("/data/imports/catalogue.jsonl", new DateTimeOffset(2019, 6, 1, 3, 1, 0, TimeSpan.Zero), null),
        })],
    });

    private static CrawlRun Run(string id, string source, DateTimeOffset at, int added) => new()
    {
        Id = id,
        Source = source,
        StartedAt = at,
        FinishedAt = at.AddMinutes(3),
        State = CrawlRunState.Succeeded,
        Added = added,
    };
}

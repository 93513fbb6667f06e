using Roadmap.Application.Documents;
using Roadmap.Application.Tests.Fakes;
using Roadmap.Core.Documents;
using Roadmap.Search;
using Roadmap.TestKit;

namespace Roadmap.Application.Tests.Documents;

public sealed class DocumentFinderTests : IAsyncLifetime
{
    // Facts only: designations, edition ids and titles as the shared catalogues list them.
    private static readonly Document[] Documents =
    [
        Builders.Iso("ISO 22739", "Blockchain and distributed ledger technologies — Vocabulary", year: "2024"),
        Builders.Document("ISO/TR 23455", "ISO", DocumentKind.TechnicalReport, Builders.Edition("ISO/TR 23455:2019", "Blockchain and distributed ledger technologies — Overview of smart contracts")),
        Builders.Document("ETSI GS PDL 012", "ETSI", DocumentKind.Standard, Builders.Edition("ETSI GS PDL 012 V1.1.1", "Permissioned Distributed Ledger (PDL); Reference Architecture", "In force", "2021-04", "ETSI ISG PDL")),
        Builders.Itu("ITU-T X.1410", "Security architecture for distributed ledger technology based decentralized identity management"),
        Builders.Document("W3C did-core", "W3C", DocumentKind.Standard, Builders.Edition("W3C did-core", "Decentralized Identifiers (DIDs) v1.0", "In force", "2022-07-19", "W3C DID WG")),
        Builders.Document("W3C vc-data-model-1.1", "W3C", DocumentKind.Standard,
            Builders.Edition("W3C REC-vc-data-model-20191119", "Verifiable Credentials Data Model 1.0", "In force", "2019-11-19", "W3C VC WG"),
            Builders.Edition("W3C REC-vc-data-model-20211109", "Verifiable Credentials Data Model v1.1", "In force", "2021-11-09", "W3C VC WG")),
    ];

    private readonly DocumentIndex _index = DocumentIndex.CreateInMemory();
    private DocumentFinder _finder = null!;

    public async ValueTask InitializeAsync()
    {
        await _index.UpsertAsync(Documents, TestContext.Current.CancellationToken);
        _finder = new DocumentFinder(DocumentsStore.Create(Documents), _index);
    }

    public ValueTask DisposeAsync()
    {
        _index.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("TR 23455", "ISO/TR 23455")]
    [InlineData("PDL-012", "ETSI GS PDL 012")]
    [InlineData("did-core", "W3C did-core")]
    [InlineData("X1410", "ITU-T X.1410")]
    [InlineData("W3C REC-vc-data-model-20191119", "W3C vc-data-model-1.1")]
    [InlineData("iso 22739:2024", "ISO 22739")]
    public async Task FindAsync_FormSearchAccepts_FindsTheDocument(string text, string expectedKey)
    {
        var found = await _finder.FindAsync(text, TestContext.Current.CancellationToken);

        found.Error.ShouldBeNull();
        found.Document.ShouldNotBeNull().Key.ShouldBe(expectedKey);
    }

    [Fact]
    public async Task FindAsync_NearMiss_OffersTheDesignationOneEditAway()
    {
        // Act
        var found = await _finder.FindAsync("ISO 22793", TestContext.Current.CancellationToken);

        // Assert
        found.Document.ShouldBeNull();
        found.NearMisses.Select(d => d.Key).ShouldContain("ISO 22739");
        found.Error.ShouldNotBeNull().ShouldContain("did you mean ISO 22739");
    }

    [Fact]
    public async Task FindAsync_NothingClose_SaysSoWithoutNearMisses()
    {
        var found = await _finder.FindAsync("ISO 98765", TestContext.Current.CancellationToken);

        found.Document.ShouldBeNull();
        found.NearMisses.ShouldBeEmpty();
        found.Error.ShouldBe("no document 'ISO 98765' in the graph");
    }
}

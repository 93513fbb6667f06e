using Roadmap.Core.Documents;
using Roadmap.Ingest.Catalogue;

namespace Roadmap.Ingest.Tests.Catalogue;

public sealed class IeeeKindsTests
{
    private static readonly ImportContext Context = new("test", new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("IEEE Guide for an Architectural Framework for Blockchain-Based Federated Machine Learning", DocumentKind.Guide)]
    [InlineData("IEEE Draft Guide for Blockchain in Power and Energy Systems", DocumentKind.Guide)]
    [InlineData("IEEE Trial-Use Recommended Practice for Framework and Definitions for Blockchain", DocumentKind.RecommendedPractice)]
    [InlineData("IEEE Standard for Framework of Blockchain-based Internet of Things (IoT) Data Management", DocumentKind.Standard)]
    [InlineData("IEEE Standard for a Guide Wire", DocumentKind.Standard)]
    [InlineData("Blockchain Data Format", DocumentKind.Standard)]
    public void FromTitle_TheFirstKindWord_Decides(string title, DocumentKind expected)
    {
        IeeeKinds.FromTitle(title).ShouldBe(expected);
    }

    [Fact]
    public void Map_IeeeGuideFiledAsAStandard_IsAGuide()
    {
        // Arrange: IEEE 3127 as the shared catalogue lists it (type "standard").
        const string line = """{"sdo":"IEEE","designation":"IEEE Std 3127","docid":"IEEE Std 3127-2025","edition":"2025","type":"standard","title":"IEEE Guide for an Architectural Framework for Blockchain-Based Federated Machine Learning","status":"Active","date":"2025-03-01","committee":null,"url":null,"abstract":null,"relations":[],"source":"test"}""";

        // Act
        var document = new CatalogueMapper().Map(line, Context).Document.ShouldNotBeNull();

        // Assert
        document.Kind.ShouldBe(DocumentKind.Guide);
    }
}

using Roadmap.Core.Documents;

namespace Roadmap.Core.Tests.Documents;

public sealed class TitleSubjectTests
{
    [Theory]
    [InlineData("Electronic Signatures and Trust Infrastructures (ESI); Analysis of selective disclosure", "Analysis of selective disclosure")]
    [InlineData("Permissioned Distributed Ledger (PDL); Smart Contracts; System Architecture", "Smart Contracts; System Architecture")]
    [InlineData("CYBER; Migration strategies to Quantum Safe schemes", "Migration strategies to Quantum Safe schemes")]
    [InlineData("Blockchain and distributed ledger technologies — Vocabulary", "Vocabulary")]
    [InlineData("Information technology — Security techniques — Part 1: Introduction", "Security techniques — Part 1: Introduction")]
    [InlineData("IEEE Standard for Blockchain-Based Green Power Identification Applications", "Blockchain-Based Green Power Identification Applications")]
    [InlineData("IEEE Recommended Practice for Custodian Frameworks", "Custodian Frameworks")]
    [InlineData("Information-centric networking in networks beyond IMT-2020 – Requirements", "Information-centric networking in networks beyond IMT-2020 – Requirements")]
    [InlineData("Security threats to distributed ledger technology", "Security threats to distributed ledger technology")]
    [InlineData("Permissioned Distributed Ledger (PDL);", "Permissioned Distributed Ledger (PDL);")]
    public void Of_Title_StripsOnlyTheSeriesBoilerplate(string title, string expected)
    {
        // Act
        var subject = TitleSubject.Of(title);

        // Assert
        subject.ShouldBe(expected);
    }
}

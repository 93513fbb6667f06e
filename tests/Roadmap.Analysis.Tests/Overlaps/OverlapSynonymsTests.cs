using Roadmap.Analysis.Overlaps;

namespace Roadmap.Analysis.Tests.Overlaps;

public sealed class OverlapSynonymsTests
{
    [Theory]
    [InlineData("Terms and definitions for DLT", "vocabulary for DLT")]
    [InlineData("Blockchain and distributed ledger technologies — Glossary", "Blockchain and distributed ledger technologies — vocabulary")]
    [InlineData("Smart contracts and chaincode", "smart contract and smart contract")]
    [InlineData("DLTx and DIDo", "DLTx and DIDo")] // whole words only
    public void Bundled_Rewrite_ReadsEachPhraseAsItsGroupsFirst(string text, string expected) =>
        OverlapSynonyms.Bundled.Rewrite(text).ShouldBe(expected);

    [Fact]
    public void Parse_PhraseInTwoGroups_Refused() =>
        Should.Throw<InvalidDataException>(() => OverlapSynonyms.Parse("a,b\nc,b\n")).Message.ShouldContain("'b' is in two groups");

    [Fact]
    public void Parse_CommentsAndSingleWords_Ignored() =>
        OverlapSynonyms.Parse("# comment\nalone\nx,y\n").Rewrite("alone y").ShouldBe("alone x");
}

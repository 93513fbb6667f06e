namespace Roadmap.SampleMaker.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_and_doubled_quotes()
    {
        var rows = Csv.Parse("a,b,c\r\nx,\"y, \"\"z\"\"\",w\n");

        rows.Count.ShouldBe(2);
        rows[1].ShouldBe(["x", "y, \"z\"", "w"]);
    }

    [Theory]
    [InlineData("ISO/TC 307/WG 2", "ISO/TC 307")]
    [InlineData("ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1")]
    [InlineData("ISO/TC 307", null)]
    [InlineData("ISO/IEC JTC 1", null)]
    public void Iso_parent_drops_the_last_level(string reference, string? parent) =>
        CommitteeSelection.IsoParent(reference).ShouldBe(parent);

    [Theory]
    [InlineData("Blockchain and distributed ledger technologies — Vocabulary", true)]
    [InlineData("Security requirements for DLT gateways", true)]
    [InlineData("Framework for verifiable credentials", true)]
    [InlineData("Directory: Public-key and attribute certificate frameworks", false)]
    public void Dlt_keywords(string title, bool expected) => DltKeywords.Match(title).ShouldBe(expected);
}

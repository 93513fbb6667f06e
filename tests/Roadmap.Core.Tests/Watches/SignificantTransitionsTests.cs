using Roadmap.Core.Watches;

namespace Roadmap.Core.Tests.Watches;

public sealed class SignificantTransitionsTests
{
    [Theory]
    [InlineData("iso-stage", "30.60", "40.20", "DIS")]
    [InlineData("iso-stage", "40.99", "50.00", "FDIS")]
    [InlineData("iso-stage", "50.60", "60.60", "published")]
    [InlineData("iso-stage", "90.93", "95.99", "withdrawn")]
    [InlineData("itu-status", "Under study", "Consented", "consented")]
    [InlineData("itu-status", "Consented", "Last call", "AAP last call")]
    [InlineData("w3c-maturity", "Working Draft", "Candidate Recommendation Snapshot", "CR")]
    [InlineData("w3c-maturity", "Proposed Recommendation", "Recommendation", "REC")]
    [InlineData("ieee-status", "Draft", "PAR approved", "PAR approved")]
    public void Label_EnteringListedCode_IsSignificant(string scheme, string before, string after, string label)
    {
        // Act / Assert
        SignificantTransitions.Bundled.Label(scheme, before, after).ShouldBe(label);
    }

    [Theory]
    [InlineData("iso-stage", "40.20", "40.60")]
    [InlineData("iso-stage", "20.00", "30.60")]
    [InlineData("w3c-maturity", "Candidate Recommendation Snapshot", "Candidate Recommendation Draft")]
    [InlineData("itu-status", "Under study", "Additional review")]
    public void Label_WithinOrOutsideListedCodes_IsNull(string scheme, string before, string after)
    {
        // Act / Assert
        SignificantTransitions.Bundled.Label(scheme, before, after).ShouldBeNull();
    }

    [Theory]
    [InlineData("scheme,code\niso-stage,40.*", "first line")]
    [InlineData("scheme,code,label\nbsi,40.*,DIS", "unknown scheme 'bsi'")]
    [InlineData("scheme,code,label\niso-stage,4*0,DIS", "'*' may only end")]
    [InlineData("scheme,code,label\niso-stage,40.*,DIS\niso-stage,40.*,again", "listed twice")]
    [InlineData("scheme,code,label\niso-stage,,DIS", "three non-empty cells")]
    public void Parse_InvalidTable_FailsNamingTheProblem(string csv, string expected)
    {
        // Act
        var error = Should.Throw<FormatException>(() => SignificantTransitions.Parse(csv));

        // Assert
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Bundled_CoversEveryBodyTheIssueNames()
    {
        // Act
        var schemes = SignificantTransitions.Bundled.Rows.Select(r => r.Scheme).Distinct().ToList();

        // Assert
        schemes.ShouldBe(["iso-stage", "itu-status", "w3c-maturity", "ieee-status"], ignoreOrder: true);
    }
}

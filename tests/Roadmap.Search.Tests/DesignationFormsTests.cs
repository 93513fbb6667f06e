using Roadmap.Search.Analysis;

namespace Roadmap.Search.Tests;

public sealed class DesignationFormsTests
{
    [Theory]
    [InlineData("ITU-T X.1401 (11/2019)", "x.1401")]
    [InlineData("x1401", "x.1401")]
    [InlineData("X 1401", "x.1401")]
    [InlineData("ISO/TR 23455:2019", "23455")]
    [InlineData("iso/tr 23455:2019", "23455")]
    [InlineData("TR 23455", "23455")]
    [InlineData("ISO/IEC 27001:2022", "27001")]
    [InlineData("ETSI GS PDL 012 V1.1.1", "pdl.12")]
    [InlineData("PDL-012", "pdl.12")]
    [InlineData("IEEE 2418.2-2020", "2418.2")]
    [InlineData("P2418.2", "2418.2")]
    [InlineData("ITU-T P.800", "p.800")]
    [InlineData("ITU-T T.800 (06/2019)", "t.800")]
    [InlineData("W3C did-core", "did.core")]
    [InlineData("ISO 8601-1:2019", "8601.1")]
    public void Core_SpellingsOfOneDesignation_ReduceToTheSameCore(string text, string expected) =>
        DesignationForms.Core(text).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("(( :: ))")]
    [InlineData("one two three four five six seven")]
    public void Core_NothingIdentifying_IsNull(string text) => DesignationForms.Core(text).ShouldBeNull();
}

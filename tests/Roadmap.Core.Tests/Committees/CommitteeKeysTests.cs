using Roadmap.Core.Committees;

namespace Roadmap.Core.Tests.Committees;

public sealed class CommitteeKeysTests
{
    [Theory]
    [InlineData("ISO/TC307/WG 2", "ISO/TC 307/WG 2")]
    [InlineData("ISO/TC 307 / WG 2", "ISO/TC 307/WG 2")]
    [InlineData("  ISO/IEC JTC 1/SC27 ", "ISO/IEC JTC 1/SC 27")]
    [InlineData("ITU-T SG17", "ITU-T SG17")]
    [InlineData("ITU-T Q14/17", "ITU-T Q14/17")]
    [InlineData("ITU-T SG17 Q14/17", "ITU-T Q14/17")] // how mandates name a Question
    [InlineData("ITU-T SG16 Q14/17", "ITU-T SG16 Q14/17")] // a Question of another group is no such Question: left alone
    public void Normalize_CollapsesSpacingTheWayEachBodyWritesIt(string input, string expected) =>
        CommitteeKeys.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("ISO/TC 307/WG 2", "ISO/TC 307")]
    [InlineData("ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1")]
    [InlineData("ISO/TC 307", null)]
    [InlineData("ISO/IEC JTC 1", null)]
    [InlineData("ITU-T Q14/17", "ITU-T SG17")]
    [InlineData("ITU-T SG17", null)]
    [InlineData("ITU-T Q14/017", "ITU-T SG17")]
    [InlineData("ITU-T Q1/99999999999999999999", "ITU-T SG99999999999999999999")] // found by fuzzing: used to overflow Int32
    [InlineData("ITU-T Q1/\u0661\u0667", "ITU-T Q1")] // Arabic-Indic digits are no study group number: read as a plain path
    public void ParentOf_DerivesTheParentFromTheReference(string key, string? parent) =>
        CommitteeKeys.ParentOf(key).ShouldBe(parent);
}

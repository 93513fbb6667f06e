using Roadmap.Analysis.Overlaps;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Tests.Overlaps;

public sealed class CommonTextFamiliesTests
{
    // ISO/IEC 10164-6 and ITU-T X.735 are one text; each has a corrigendum; the base ISO text is not a candidate.
    private static readonly DocumentRelation[] Relations =
    [
        new("ITU-T X.735", RelationType.IdenticalTo, "ISO/IEC 10164-6"),
        new("ISO/IEC 10164-6/Cor 1", RelationType.Corrects, "ISO/IEC 10164-6"),
        new("ITU-T X.735 Cor. 1", RelationType.Corrects, "ITU-T X.735"),
        new("ISO 99/Amd 1", RelationType.Amends, "ISO 99"),
    ];

    [Fact]
    public void Carry_CorrigendumOfOneCommonText_KnownWithTheOtherAndItsCorrigendum()
    {
        // Arrange
        string[] candidates = ["ISO/IEC 10164-6/Cor 1", "ITU-T X.735", "ITU-T X.735 Cor. 1", "ISO 99/Amd 1"];
        var roots = CommonTextFamilies.Roots(candidates, Relations);

        // Act
        var carried = CommonTextFamilies.Carry(candidates, roots, Relations);

        // Assert
        carried.Select(r => $"{r.FromKey} | {r.ToKey} | {r.Type}").ShouldBe(
        [
            "ISO/IEC 10164-6/Cor 1 | ITU-T X.735 | IdenticalTo",
            "ISO/IEC 10164-6/Cor 1 | ITU-T X.735 Cor. 1 | IdenticalTo",
        ]);
    }

    [Fact]
    public void Carry_NoSameTextRelation_NothingCarried()
    {
        // Arrange
        string[] candidates = ["ISO 99/Amd 1", "ITU-T X.735 Cor. 1"];

        // Act
        var carried = CommonTextFamilies.Carry(candidates, CommonTextFamilies.Roots(candidates, Relations), Relations.Where(r => r.Type != RelationType.IdenticalTo));

        // Assert
        carried.ShouldBeEmpty();
    }
}

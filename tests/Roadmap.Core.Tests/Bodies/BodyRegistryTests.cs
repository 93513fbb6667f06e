using Roadmap.Core.Bodies;
using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Tests.Bodies;

public sealed class BodyRegistryTests
{
    [Theory]
    [InlineData("ITU-T", "ITU-T X.1401 (11/2019)", "ITU-T X.1401")]
    [InlineData("ISO", "ISO 22739:2020", "ISO 22739")]
    [InlineData("IEC", "IEC 62443-3-3:2013", "IEC 62443-3-3")]
    [InlineData("ETSI", "ETSI GS PDL 012 V1.2.1", "ETSI GS PDL 012")]
    [InlineData("IEEE", "IEEE Std 2418.2-2020", "IEEE 2418.2")]
    [InlineData("W3C", "W3C REC-did-core-20220719", "W3C did-core")]
    [InlineData("IETF", "RFC 9000", "IETF RFC 9000")]
    public void Find_BodyCode_ReachesAGrammarThatReadsItsDesignations(string code, string text, string key)
    {
        // Arrange
        var folded = DesignationText.Fold(text, out _).ShouldNotBeNull();

        // Act
        var body = BodyRegistry.Find(code).ShouldNotBeNull();
        var own = body.Designations.Parse(folded);

        // Assert
        body.Designations.Leads(folded).ShouldBeTrue();
        own.Value.ShouldNotBeNull(own.Error).Key.ShouldBe(key);
        own.Value.Body.ShouldBe(code);
        DesignationParser.Parse(text).ShouldBe(own);
    }

    [Theory]
    [InlineData("ITU-T", "In force", LifecycleStage.Published, "itu-status")]
    [InlineData("ISO", "60.60", LifecycleStage.Published, "iso-stage")]
    [InlineData("ISO/IEC JTC 1", "40.20", LifecycleStage.InDevelopment, "iso-stage")]
    [InlineData("ETSI", "V1.2.1", LifecycleStage.Published, "etsi")]
    [InlineData("IEEE", "Superseded", LifecycleStage.Superseded, "ieee-status")]
    [InlineData("W3C", "Candidate Recommendation Snapshot", LifecycleStage.InDevelopment, "w3c-maturity")]
    public void Find_BodyCode_ReachesItsLifecycleMapping(string code, string word, LifecycleStage stage, string scheme)
    {
        // Act
        var mapping = BodyRegistry.Find(code).ShouldNotBeNull().Lifecycle.ShouldNotBeNull();
        var lifecycle = mapping.Map(word);

        // Assert
        lifecycle.Stage.ShouldBe(stage);
        lifecycle.Scheme.ShouldBe(scheme);
        mapping.Scheme.ShouldBe(scheme);
    }

    [Fact]
    public void All_EveryDescriptor_OwnsDistinctCodesAndEveryKnownBody()
    {
        // Act
        var codes = BodyRegistry.All.SelectMany(d => d.Bodies).Select(b => b.Code).ToList();

        // Assert
        codes.ShouldBeUnique();
        KnownBodies.All.Select(b => b.Code).ShouldBe(codes);
        codes.ShouldBe(["ETSI", "W3C", "IETF", "ITU-T", "ISO", "IEC", "ISO/IEC JTC 1", "IEEE"], ignoreOrder: true);
        BodyRegistry.All.Where(d => d.Lifecycle is null).SelectMany(d => d.Bodies).Select(b => b.Code).ShouldBe(["IETF"]);
    }

    [Fact]
    public void Parse_CoPublishedFormIsoCannotRead_IsReadByTheGrammarThatReadsIsosFailures()
    {
        // Arrange: IEEE's way of writing a co-published standard, which ISO's grammar leads on but cannot read.
        const string text = "ISO/IEC/IEEE 8802.1Q/Amd1-2016";
        var folded = DesignationText.Fold(text, out _).ShouldNotBeNull();
        var iso = BodyRegistry.Find("ISO").ShouldNotBeNull();
        var ieee = BodyRegistry.All.Where(d => d.Designations.ReadsWhatFails.Contains("ISO")).ShouldHaveSingleItem();

        // Act
        var result = DesignationParser.Parse(text);

        // Assert
        iso.Designations.Leads(folded).ShouldBeTrue();
        iso.Designations.Parse(folded).Success.ShouldBeFalse();
        result.ShouldBe(ieee.Designations.Parse(folded));
        result.Value.ShouldNotBeNull().Body.ShouldBe("IEEE");
    }

    [Theory]
    [InlineData("ITU-T", null, null, null, null)]
    [InlineData("ITU-T", null, null, "2019-11", ItuStatuses.ApprovedStatusNotGiven)]
    [InlineData("IEEE", "Active", "draft-standard", null, "Draft (Active)")]
    [InlineData("IEEE", "Active", "standard", null, "Active")]
    [InlineData("ISO", "60.60", null, null, null)]
    public void OfCatalogue_BodysOwnRules_GiveTheLifecycleALineStates(string code, string? status, string? type, string? date, string? expectedCode)
    {
        // Arrange
        var mapping = BodyRegistry.Find(code).ShouldNotBeNull().Lifecycle.ShouldNotBeNull();

        // Act
        var lifecycle = mapping.OfCatalogue(new StatedLifecycle { Status = status, Type = type, Date = date });

        // Assert
        lifecycle?.Code.ShouldBe(expectedCode);
        (lifecycle is null).ShouldBe(expectedCode is null);
    }
}

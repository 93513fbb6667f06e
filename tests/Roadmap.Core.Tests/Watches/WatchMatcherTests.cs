using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Core.Watches;

namespace Roadmap.Core.Tests.Watches;

public sealed class WatchMatcherTests
{
    private static readonly Func<string, string, bool> NoQuery = (_, _) => false;

    private static Watch Watch(WatchRules rules, bool significantOnly = false, params string[] documents) => new()
    {
        Id = "w_1",
        OwnerKeyId = "k_1",
        Name = "test",
        Rules = rules,
        Documents = documents,
        SignificantOnly = significantOnly,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static WatchCandidate Stage(string key = "ISO 22739", string committee = "ISO/TC 307/WG 2", LifecycleStage stage = LifecycleStage.InDevelopment, bool significant = true) => new()
    {
        Kind = WatchEventKind.StageChange,
        IdempotencySuffix = "change:1:StageChange",
        Title = "t",
        DocumentKey = key,
        Body = "ISO",
        DocumentKind = DocumentKind.Standard,
        Designation = key,
        Stage = stage,
        CommitteeKey = committee,
        CommitteeLineage = new HashSet<string> { committee, "ISO/TC 307" },
        TopicLineage = new HashSet<string> { "dlt-security", "dlt" },
        Significant = significant,
        ChangeSeq = 1,
        Actor = "crawl:iso",
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Matches_CommitteeRule_IncludesSubtree()
    {
        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { Committees = ["ISO/TC 307"] }), Stage(), NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { Committees = ["ISO/TC 68"] }), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_EverySetDimensionMustHold()
    {
        // Arrange
        var rules = new WatchRules { Bodies = ["ISO"], Kinds = [DocumentKind.TechnicalReport] };

        // Act / Assert
        WatchMatcher.Matches(Watch(rules), Stage(), NoQuery).ShouldBeFalse();
        WatchMatcher.Matches(Watch(rules with { Kinds = [DocumentKind.Standard] }), Stage(), NoQuery).ShouldBeTrue();
    }

    [Fact]
    public void Matches_TopicRule_IncludesSubtopics()
    {
        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { Topics = ["dlt"] }), Stage(), NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { Topics = ["iot"] }), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_TransitionRule_WantsTheStageEntered()
    {
        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { Transitions = [LifecycleStage.Published] }), Stage(stage: LifecycleStage.Published), NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { Transitions = [LifecycleStage.Published] }), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_DesignationPattern_IsCaseInsensitiveRegex()
    {
        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { DesignationPattern = "^iso 227\\d\\d$" }), Stage(), NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { DesignationPattern = "^ISO 2[0-1]" }), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_Query_AsksTheIndex()
    {
        // Arrange
        var rules = new WatchRules { Query = "smart contract" };

        // Act / Assert
        WatchMatcher.Matches(Watch(rules), Stage(), (q, key) => q == "smart contract" && key == "ISO 22739").ShouldBeTrue();
        WatchMatcher.Matches(Watch(rules), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_HandPickedDocument_WithoutRules()
    {
        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules(), false, "ISO 22739"), Stage(), NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules(), false, "ISO 23257"), Stage(), NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_SignificantOnly_DropsMinorTransitions()
    {
        // Arrange
        var watch = Watch(new WatchRules { Bodies = ["ISO"] }, significantOnly: true);

        // Act / Assert
        WatchMatcher.Matches(watch, Stage(significant: false), NoQuery).ShouldBeFalse();
        WatchMatcher.Matches(watch, Stage(significant: true), NoQuery).ShouldBeTrue();
    }

    [Fact]
    public void Matches_GapEvent_OnlyForGapWatchesWithinTopics()
    {
        // Arrange
        var gap = Stage() with { Kind = WatchEventKind.GapOpened, GapId = "gap-1" };

        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { Bodies = ["ISO"] }), gap, NoQuery).ShouldBeFalse();
        WatchMatcher.Matches(Watch(new WatchRules { GapStatusChanges = true, Topics = ["dlt"] }), gap, NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { GapStatusChanges = true, Topics = ["iot"] }), gap, NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void Matches_Overlap_InvolvingCommitteeSubtree()
    {
        // Arrange
        var overlap = Stage() with { Kind = WatchEventKind.OverlapFound };

        // Act / Assert
        WatchMatcher.Matches(Watch(new WatchRules { OverlapCommittees = ["ISO/TC 307"] }), overlap, NoQuery).ShouldBeTrue();
        WatchMatcher.Matches(Watch(new WatchRules { OverlapCommittees = ["ITU-T SG17"] }), overlap, NoQuery).ShouldBeFalse();
    }

    [Fact]
    public void ValidatePattern_BadRegex_SaysWhy()
    {
        // Act / Assert
        WatchMatcher.ValidatePattern("ISO (").ShouldNotBeNull();
        WatchMatcher.ValidatePattern("^ISO").ShouldBeNull();
    }
}

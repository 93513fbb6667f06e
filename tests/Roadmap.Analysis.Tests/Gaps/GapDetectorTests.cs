using Roadmap.Analysis.Gaps;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Tests.Gaps;

public sealed class GapDetectorTests
{
    // With the default stale age of 6 years, a document in force dated before 2020-11-23 is stale on this date.
    private static readonly DateOnly Today = new(2026, 11, 23);

    // security (owner ITU-T SG17 Q14/17) ← security.a, security.b; app (owner ISO/TC 307/WG 6) ← app.x (its security
    // counterpart is security.a), app.y.
    private readonly TopicTaxonomy _taxonomy = new TaxonomyBuilder()
        .Topic("dlt")
        .Topic("security", "dlt", owner: "ITU-T SG17 Q14/17")
        .Topic("security.a", "security", weight: 0.8, scope: "Quantum migration of ledger signatures.")
        .Topic("security.b", "security", scope: "Signatures and quantum readiness.")
        .Topic("app", "dlt", owner: "ISO/TC 307/WG 6")
        .Topic(new TaxonomyNode { Id = "app.x", ParentId = "app", Name = "Topic app.x", Weight = 0.5, Counterpart = "security.a" })
        .Topic("app.y", "app")
        .Build();

    [Fact]
    public void Detect_Taxonomy_OneFindingPerLeafInFileOrder()
    {
        // Act
        var findings = Detect(new LandscapeBuilder(_taxonomy));

        // Assert
        findings.Select(f => f.TopicId).ShouldBe(["security.a", "security.b", "app.x", "app.y"]);
    }

    [Fact]
    public void Detect_NothingOnTheLeaf_OpenNoCoverageGapWithAStatementAndTheOwner()
    {
        // Arrange: a sibling's document is the nearest work.
        var topics = new LandscapeBuilder(_taxonomy).Add("security.b", "ISO 1", LifecycleStage.Published, "2024-01");

        // Act
        var gap = Gaps(topics, "security.a").ShouldHaveSingleItem();

        // Assert
        (gap.Id, gap.Kind, gap.Status).ShouldBe(("gap:security.a", GapKind.NoCoverage, GapStatus.Open));
        gap.Statement.ShouldBe("No DLT-specific document, published or in development, has 'Topic security.a' as its main subject. The nearest work has another main subject: ISO 1.");
        gap.Evidence.ShouldBe([new GapEvidence("ISO 1", MappingType.Adjacent, 0.45) { State = "Published 2024-01" }]);
        gap.SuggestedOwner.ShouldBe("ITU-T SG17 Q14/17");
        gap.Priority.ShouldBe(80.0); // 80 × (0.4 + 0.2 + 0.15 + 0.15 + 0.1): every term at 1
    }

    [Fact]
    public void Detect_NothingOnTheLeafButGenericStandards_GenericOnlyBesideNoCoverageCitingThem()
    {
        // Arrange
        var generic = new Dictionary<string, IReadOnlyList<LandscapeDocument>>
        {
            ["security.a"] = [LandscapeBuilder.Document("ETSI TR 103 619", LifecycleStage.Published, "2020-07", "ETSI", "ETSI TC CYBER", kind: DocumentKind.TechnicalReport)],
        };

        // Act
        var gaps = Gaps(new LandscapeBuilder(_taxonomy), "security.a", generic);

        // Assert
        gaps.Select(g => g.Kind).ShouldBe([GapKind.NoCoverage, GapKind.GenericOnly]);
        var genericOnly = gaps[1];
        genericOnly.Id.ShouldBe("gap:security.a/generic-only");
        genericOnly.Statement.ShouldBe("No DLT profile of 'Topic security.a' exists, although generic standards do: ETSI TR 103 619 (2020-07). A DLT profile could build on them, taken up by ITU-T SG17 Q14/17 with ETSI TC CYBER, which own the generic work.");
        genericOnly.Evidence.ShouldBe([new GapEvidence("ETSI TR 103 619", MappingType.Generic, 0) { State = "Published 2020-07" }]);
    }

    [Fact]
    public void Detect_OnlyWorkInDevelopment_NoPublishedGapAddressedListingTheWork()
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("security.a", "ITU-T X.dlt", LifecycleStage.Proposed, null, body: "ITU-T", committee: "ITU-T SG17")
            .Add("security.a", "ISO/AWI 2", LifecycleStage.InDevelopment, null);

        // Act
        var gap = Gaps(topics, "security.a").ShouldHaveSingleItem();

        // Assert
        (gap.Kind, gap.Status).ShouldBe((GapKind.NoPublished, GapStatus.Addressed));
        gap.Statement.ShouldBe("Nothing on 'Topic security.a' is published yet; work in development: ISO/AWI 2, ITU-T X.dlt.");
        gap.WorkInProgress.ShouldBe(["ISO/AWI 2", "ITU-T X.dlt"]);
    }

    [Fact]
    public void Detect_OnlyStaleDocumentsInForce_StaleGapNamingTheNewest()
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("security.b", "ISO 9", LifecycleStage.Published, "2012-03")
            .Add("security.b", "ITU-T X.10", LifecycleStage.Published, "2017-11-23", body: "ITU-T", committee: "ITU-T SG17");

        // Act
        var gap = Gaps(topics, "security.b").Single(g => g.Kind == GapKind.StaleOnly);

        // Assert
        (gap.Id, gap.Status).ShouldBe(("gap:security.b", GapStatus.Open));
        gap.Statement.ShouldBe("Every document in force on 'Topic security.b' is more than 6 years old; the newest is ITU-T X.10 (2017-11-23). Nothing is in development to replace it.");
        gap.PriorityBreakdown!.Terms.Single(t => t.Name == "S").Explanation.ShouldBe("newest document in force is 9.0 years old (stale after 6)");
    }

    [Theory]
    [InlineData("2021-05-23", true)] // 5.5 years: about to go stale
    [InlineData("2022-05-23", false)] // 4.5 years: fresh
    [InlineData("2019-05-23", false)] // 7.5 years: stale, not about to be
    public void Detect_NewestDocumentAge_AboutToGoStaleFromFiveYears(string published, bool expected)
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("security.b", "ISO 11", LifecycleStage.Published, published)
            .Add("security.b", "ITU-T X.11", LifecycleStage.Published, "2015-01", body: "ITU-T");

        // Act
        var gaps = Gaps(topics, "security.b");

        // Assert
        gaps.Any(g => g.Kind == GapKind.AboutToGoStale).ShouldBe(expected);
    }

    [Fact]
    public void Detect_OnlyTechnicalReports_InformativeOnlyAndThin()
    {
        // Arrange
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("app.y", "ISO/TR 12", LifecycleStage.Published, "2024-01", kind: DocumentKind.TechnicalReport)
            .Add("app.y", "ETSI GR PDL 13", LifecycleStage.Published, "2025-01", body: "ETSI", committee: "ETSI ISG PDL", kind: DocumentKind.TechnicalReport);

        // Act
        var gaps = Gaps(topics, "app.y");

        // Assert
        // No ITU-T work, informative only and thin all rest on the same two reports: one finding holding all three.
        var finding = gaps.ShouldHaveSingleItem();
        (finding.Kind, finding.Perspective).ShouldBe((GapKind.NoPerspectiveWork, "ITU-T"));
        finding.AlsoHolds.ShouldBe([new GapAspect(GapKind.InformativeOnly), new GapAspect(GapKind.Thin)]);
        finding.Statement.ShouldEndWith("On the same evidence, the topic is also covered by informative texts only and thinly covered (one normative text at most).");
    }

    [Fact]
    public void Detect_OneNormativeDocumentAndAReport_ThinAndSingleBodyWithDifferentEvidence()
    {
        // Arrange: the ITU-T (a perspective body) alone has normative work.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("app.y", "ITU-T F.14", LifecycleStage.Published, "2024-01", body: "ITU-T", committee: "ITU-T SG21")
            .Add("app.y", "ISO/TR 15", LifecycleStage.Published, "2023-01", kind: DocumentKind.TechnicalReport);

        // Act
        var gaps = Gaps(topics, "app.y");

        // Assert
        var thin = gaps.Single(g => g.Kind == GapKind.Thin);
        var single = gaps.Single(g => g.Kind == GapKind.SingleBody);
        thin.Statement.ShouldBe("Only one normative document in force has 'Topic app.y' as its main subject: ITU-T F.14 (2024-01); the rest is informative (ISO/TR 15 (2023-01)).");
        single.Statement.ShouldBe("Every normative document in force on 'Topic app.y' comes from ITU-T: ITU-T F.14 (2024-01). No other body has normative work on it: a candidate for common text or joint work with ISO.");
        thin.EvidenceKeys.ShouldBe(["ITU-T F.14", "ISO/TR 15"]);
        single.EvidenceKeys.ShouldBe(["ITU-T F.14"]);
    }

    [Fact]
    public void Detect_OtherBodiesCoverButNoItuRecommendation_PerspectiveGapForItuT()
    {
        // Arrange: an ITU-T Supplement does not count; ISO has work in development, which counts for ISO.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("app.y", "IEEE 16", LifecycleStage.Published, "2024-01", body: "IEEE", committee: "IEEE C/BDL")
            .Add("app.y", "ETSI GS PDL 17", LifecycleStage.Published, "2025-01", body: "ETSI", committee: "ETSI ISG PDL")
            .Add("app.y", "ITU-T F Suppl. 18", LifecycleStage.Published, "2024-06", body: "ITU-T", kind: DocumentKind.Supplement)
            .Add("app.y", "ISO/AWI 19", LifecycleStage.InDevelopment, null);

        // Act
        var gaps = Gaps(topics, "app.y").Where(g => g.Kind == GapKind.NoPerspectiveWork).ToList();

        // Assert
        var itu = gaps.ShouldHaveSingleItem();
        (itu.Id, itu.Perspective).ShouldBe(("gap:app.y/no-itu-t-work", "ITU-T"));
        itu.Statement.ShouldBe("ETSI and IEEE cover 'Topic app.y' (ETSI GS PDL 17 (2025-01), IEEE 16 (2024-01)), but no ITU-T Recommendation in force does. A candidate for new ITU-T work."); // no ITU-T mandate on the leaf, its ancestors or siblings
        itu.Evidence.Select(e => (e.DocumentKey, e.Mapping)).ShouldBe([("ETSI GS PDL 17", MappingType.Direct), ("IEEE 16", MappingType.Direct), ("ITU-T F Suppl. 18", MappingType.Supporting)]);
    }

    [Theory]
    [InlineData("IEEE", false)] // security from a second body: the counterpart exists
    [InlineData("ITU-T", true)] // security from the same single body: thin
    public void Detect_WellCoveredFunctionalLeaf_SecurityCounterpartJudgedByItsBodies(string secondSecurityBody, bool expected)
    {
        // Arrange: app.x has four normative texts from three bodies; its counterpart leaf security.a has two.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("app.x", "ISO 20", LifecycleStage.Published, "2020-01")
            .Add("app.x", "ISO 21", LifecycleStage.Published, "2021-01")
            .Add("app.x", "ETSI GS PDL 22", LifecycleStage.Published, "2024-01", body: "ETSI")
            .Add("app.x", "IEEE 23", LifecycleStage.Published, "2025-01", body: "IEEE")
            .Add("security.a", "ITU-T X.24", LifecycleStage.Published, "2024-01", body: "ITU-T")
            .Add("security.a", "X 25", LifecycleStage.Published, "2025-01", body: secondSecurityBody);

        // Act
        var gaps = Gaps(topics, "app.x", related: AllRelated(topics));

        // Assert
        gaps.Any(g => g.Kind == GapKind.NoSecurityCounterpart).ShouldBe(expected);
    }

    [Fact]
    public void Detect_NormativeTextsOfTwoBodiesWithinTheWindow_ParallelUnlessRelated()
    {
        // Arrange
        var builder = new LandscapeBuilder(_taxonomy)
            .Add("app.y", "ISO 30", LifecycleStage.Published, "2022-02")
            .Add("app.y", "ITU-T F.31", LifecycleStage.Published, "2020-08", body: "ITU-T")
            .Add("app.y", "IEEE 32", LifecycleStage.Published, "2010-01", body: "IEEE");

        // Act
        var unrelated = Gaps(builder, "app.y").Single(g => g.Kind == GapKind.ParallelUncoordinated);
        var related = Gaps(builder, "app.y", related: new HashSet<(string, string)> { ("ITU-T F.31", "ISO 30") });

        // Assert: IEEE 32 is too far apart in time to be parallel work.
        unrelated.EvidenceKeys.ShouldBe(["ITU-T F.31", "ISO 30"]);
        unrelated.Statement.ShouldBe("ISO and ITU-T published normative texts on 'Topic app.y' within 3 years of one another (ITU-T F.31 (2020-08), ISO 30 (2022-02)) with no recorded relation between them: a liaison is needed to align the work.");
        related.ShouldNotContain(g => g.Kind == GapKind.ParallelUncoordinated);
    }

    [Fact]
    public void Detect_DocumentWhosePrimaryTopicIsElsewhere_DoesNotCoverTheLeaf()
    {
        // Arrange: one document under two leaves; its title evidence makes security.a its primary topic.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("security.a", "ISO 40", LifecycleStage.Published, "2025-01", score: 0.9, pinned: true)
            .Add("security.b", LandscapeBuilder.Document("ISO 40", LifecycleStage.Published, "2025-01"), score: 0.6);

        // Act
        var gap = Gaps(topics, "security.b").ShouldHaveSingleItem();

        // Assert: cited as touching the topic in passing, not as coverage.
        gap.Kind.ShouldBe(GapKind.NoCoverage);
        gap.Evidence.ShouldContain(e => e.DocumentKey == "ISO 40" && e.Mapping == MappingType.Supporting);
    }

    [Fact]
    public void Detect_FreshNormativeDocumentsFromThreeBodiesYearsApart_NoFindings()
    {
        // Arrange: a security leaf, so no security counterpart is looked for.
        var topics = new LandscapeBuilder(_taxonomy)
            .Add("security.b", "ISO 50", LifecycleStage.Published, "2016-01")
            .Add("security.b", "ITU-T F.51", LifecycleStage.Published, "2025-01", body: "ITU-T")
            .Add("security.b", "IEEE 52", LifecycleStage.Published, "2010-01", body: "IEEE");

        // Act
        var finding = Detect(topics).Single(f => f.TopicId == "security.b");

        // Assert
        finding.Covered.ShouldBeTrue();
        finding.Gaps.ShouldBeEmpty();
        finding.CoveringKeys.ShouldBe(["ITU-T F.51"]);
    }

    [Fact]
    public void Detect_RejectedDocument_CitedAsRuledOutOnTheNoCoverageGap()
    {
        // Arrange
        EditorDecision[] decisions = [new() { DocumentKey = "ISO 60", TopicId = "security.a", Kind = DecisionKind.Reject, Editor = "editor:bob", At = DateTimeOffset.UnixEpoch }];

        // Act
        var gap = new GapDetector(_taxonomy, new LandscapeBuilder(_taxonomy).Build(), decisions).Detect(Today)[0].Gaps.Single();

        // Assert
        gap.Evidence.ShouldBe([new GapEvidence("ISO 60", MappingType.None, 1.0) { State = "rejected by editor:bob" }]);
    }

    [Fact]
    public void Detect_UncoveredLeaves_CiteOnlyNeighboursThatShareTheirSubject()
    {
        // Arrange: two uncovered siblings; the covered sibling's document is about keys, which only 'keys' shares.
        var taxonomy = new TaxonomyBuilder()
            .Topic("security", owner: "ITU-T SG17 Q14/17")
            .Topic("security.keys", "security", scope: "Key management and quantum-safe signatures.")
            .Topic("security.incident", "security", scope: "Incident response and forensics.")
            .Topic("security.crypto", "security", scope: "Cryptographic signatures and key management.")
            .Build();
        var topics = new LandscapeBuilder(taxonomy)
            .Add("security.crypto", LandscapeBuilder.Document("ISO 5", LifecycleStage.Published, "2024-01", title: "Key management for ledgers"));

        // Act
        var findings = new GapDetector(taxonomy, topics.Build(), []).Detect(Today);

        // Assert
        findings.Single(f => f.TopicId == "security.keys").Gaps.Single().EvidenceKeys.ShouldBe(["ISO 5"]);
        var incident = findings.Single(f => f.TopicId == "security.incident").Gaps.Single();
        incident.EvidenceKeys.ShouldBeEmpty();
        incident.Statement.ShouldNotContain("nearest");
    }

    [Fact]
    public void Detect_KindsOnTheSameEvidence_OneFindingNamingTheOthers()
    {
        // Arrange: one old Recommendation is all there is — stale, thin and from one body at once.
        var topics = new LandscapeBuilder(_taxonomy).Add("security.a", "ITU-T X.1", LifecycleStage.Published, "2019-05", body: "ITU-T", committee: "ITU-T SG17");

        // Act
        var gaps = Gaps(topics, "security.a");

        // Assert: the coverage finding keeps its id and names the others, highest priority first.
        var stale = gaps.ShouldHaveSingleItem();
        (stale.Id, stale.Kind).ShouldBe(("gap:security.a", GapKind.StaleOnly));
        stale.AlsoHolds.ShouldBe([new GapAspect(GapKind.NoPerspectiveWork, "ISO"), new GapAspect(GapKind.Thin), new GapAspect(GapKind.SingleBody)]);
        stale.Statement.ShouldEndWith("On the same evidence, the topic is also without ISO work, thinly covered (one normative text at most) and covered by one body only.");
        gaps.GroupBy(g => string.Join(";", g.EvidenceKeys.Order(StringComparer.Ordinal))).ShouldAllBe(g => g.Count() == 1);
    }

    private IReadOnlyList<GapFinding> Detect(LandscapeBuilder builder, IReadOnlyDictionary<string, IReadOnlyList<LandscapeDocument>>? generic = null, IReadOnlySet<(string, string)>? related = null) =>
        new GapDetector(_taxonomy, builder.Build(), [], generic, related).Detect(Today);

    private IReadOnlyList<Gap> Gaps(LandscapeBuilder builder, string topic, IReadOnlyDictionary<string, IReadOnlyList<LandscapeDocument>>? generic = null, IReadOnlySet<(string, string)>? related = null) =>
        Detect(builder, generic, related).Single(f => f.TopicId == topic).Gaps;

    // Relates every pair, so parallel-work findings stay out of tests about other kinds.
    private static HashSet<(string, string)> AllRelated(LandscapeBuilder builder)
    {
        var keys = builder.Build().Documents.Select(d => d.Key).ToList();
        return [.. keys.SelectMany(a => keys.Select(b => (a, b)))];
    }
}

using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Analysis.Tests.TestData;
using Roadmap.Core.Analysis;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.Classification;

public sealed class ClassifierTests
{
    private const string Query = "title:contract OR scope:contract";
    private const string CommitteeHint = "committee:\"iso/tc 307/wg 3\"";

    [Fact]
    public void Classify_RuleMatchedInTheTitle_ScoresTheRuleWeightWithItsEvidence()
    {
        // Arrange
        var matcher = new FakeTextMatcher().OnQuery(Query, null, "ISO 1", "title:contract");

        // Act
        var assignment = new Classifier(Taxonomy(ruleWeight: 0.6), matcher).Classify().ShouldHaveSingleItem();

        // Assert
        (assignment.DocumentKey, assignment.TopicId, assignment.Score, assignment.Pinned).ShouldBe(("ISO 1", "dlt.sc", 0.6, false));
        var evidence = assignment.Evidence.ShouldHaveSingleItem();
        (evidence.Kind, evidence.RuleId, evidence.Detail, evidence.Weight).ShouldBe((EvidenceKind.Rule, "dlt.sc#1", Query, 0.6));
        evidence.Terms.ShouldBe(["title:contract"]);
    }

    [Theory]
    [InlineData(0.6, null)] // 0.6 × 0.6 = 0.36: under the 0.5 threshold
    [InlineData(0.9, 0.54)]
    public void Classify_RuleMatchedInTheScopeOnly_WeightScaledByTheScopeFactor(double ruleWeight, double? expected)
    {
        // Arrange
        var matcher = new FakeTextMatcher().OnQuery(Query, null, "ISO 1", "scope:contract");

        // Act
        var assignments = new Classifier(Taxonomy(ruleWeight), matcher).Classify();

        // Assert
        double[] scores = expected is null ? [] : [expected.Value];
        assignments.Select(a => a.Score).ShouldBe(scores);
    }

    [Fact]
    public void Classify_RuleAndCommitteeHint_CombineAsIndependentSignals()
    {
        // Arrange
        var matcher = new FakeTextMatcher()
            .OnQuery(Query, null, "ISO 1", "title:contract")
            .OnQuery(CommitteeHint, null, "ISO 1", "committee:iso/tc 307/wg 3");

        // Act
        var assignment = new Classifier(Taxonomy(ruleWeight: 0.4), matcher).Classify().ShouldHaveSingleItem();

        // Assert
        assignment.Score.ShouldBe(0.58); // 1 − (1 − 0.4) × (1 − 0.3)
        assignment.Evidence.Select(e => (e.Kind, e.RuleId, e.Weight)).ShouldBe([(EvidenceKind.Rule, "dlt.sc#1", 0.4), (EvidenceKind.Committee, "dlt.sc@committee", 0.3)]);
    }

    [Fact]
    public void Classify_DesignationPattern_AnchorsOnlyMatchingKeys()
    {
        // Arrange
        var matcher = new FakeTextMatcher().WithKeys("ITU-T X.1500", "ITU-T X.1401", "ISO 1");

        // Act
        var assignment = new Classifier(Taxonomy(ruleWeight: 0.6), matcher).Classify().ShouldHaveSingleItem();

        // Assert
        (assignment.DocumentKey, assignment.Score).ShouldBe(("ITU-T X.1401", 0.9));
        var evidence = assignment.Evidence.ShouldHaveSingleItem();
        (evidence.Kind, evidence.RuleId, evidence.Detail).ShouldBe((EvidenceKind.Designation, "dlt.sc@designation", "^ITU-T X\\.14"));
    }

    [Fact]
    public void Classify_TopicThatNeedsTheContext_AsksItsRulesWithinTheContextQuery()
    {
        // Arrange
        var taxonomy = new TaxonomyBuilder()
            .WithContext(["blockchain", "title:ledger"], ["ISO/TC 307"])
            .Topic("dlt")
            .Topic(new TaxonomyNode { Id = "dlt.privacy", ParentId = "dlt", Name = "Privacy", Weight = 0.5, Rules = [new TaxonomyRule("dlt.privacy#1", "title:privacy", 0.8)] })
            .Build();
        const string context = "(blockchain) OR (title:ledger) OR committee:\"iso/tc 307\"";
        var matcher = new FakeTextMatcher()
            .OnQuery("title:privacy", null, "ISO 2", "title:privacy")
            .OnQuery("title:privacy", context, "ISO 3", "title:privacy");

        // Act
        var assignments = new Classifier(taxonomy, matcher).Classify();

        // Assert
        new Classifier(taxonomy, matcher).ContextQuery().ShouldBe(context);
        matcher.Asked.ShouldBe([("title:privacy", context)]);
        assignments.Select(a => a.DocumentKey).ShouldBe(["ISO 3"]);
    }

    [Fact]
    public void Classify_OnlySomeKeys_LeavesTheOthersOut()
    {
        // Arrange
        var matcher = new FakeTextMatcher()
            .OnQuery(Query, null, "ISO 1", "title:contract")
            .OnQuery(Query, null, "ISO 2", "title:contract");

        // Act
        var assignments = new Classifier(Taxonomy(ruleWeight: 0.6), matcher).Classify(new HashSet<string>(StringComparer.Ordinal) { "ISO 2" });

        // Assert
        assignments.Select(a => a.DocumentKey).ShouldBe(["ISO 2"]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6, 0.6)]
    [InlineData(0.8, 0.6, 0.5)]
    [InlineData(1.0, 1.5, 0.2)] // a weight over 1 counts as 1
    [InlineData(0.5, -0.2, 0.5)] // a negative weight counts as 0
    public void Combine_Weights_OneMinusTheProductOfDoubts(double expected, params double[] weights)
    {
        // Arrange
        var evidence = weights.Select(w => new ClassificationEvidence(EvidenceKind.Rule, "r", "q", [], w));

        // Act
        var score = Classifier.Combine(evidence);

        // Assert
        score.ShouldBe(expected);
    }

    [Fact]
    public void CommitteeQuery_CommitteeWithQuotes_LowerCasedTrimmedAndEscaped()
    {
        // Act
        var query = Classifier.CommitteeQuery("  ISO/TC 307 \"DLT\"\\x ");

        // Assert
        query.ShouldBe("committee:\"iso/tc 307 \\\"dlt\\\"\\\\x\"");
    }

    // dlt ← dlt.sc: one rule (title or scope "contract"), a designation pattern and a committee hint; no DLT context needed.
    private static TopicTaxonomy Taxonomy(double ruleWeight) => new TaxonomyBuilder()
        .Topic("dlt")
        .Topic(new TaxonomyNode
        {
            Id = "dlt.sc",
            ParentId = "dlt",
            Name = "Smart contracts",
            Weight = 0.7,
            RequiresContext = false,
            Rules = [new TaxonomyRule("dlt.sc#1", Query, ruleWeight)],
            Designations = ["^ITU-T X\\.14"],
            Committees = ["ISO/TC 307/WG 3"],
        })
        .Build();
}

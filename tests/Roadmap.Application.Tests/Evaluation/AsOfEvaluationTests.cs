using Roadmap.Analysis.Landscape;
using Roadmap.Application.Evaluation;

namespace Roadmap.Application.Tests.Evaluation;

public sealed class AsOfEvaluationTests
{
    private static readonly DateOnly Date = new(2019, 12, 31);

    [Fact]
    public void Evaluate_Leaves_AgreementOfPipelineStatesWithYesNoUnknown()
    {
        // Arrange
        AsOfLabel[] labels = [new("t.a", "yes", []), new("t.b", "no", []), new("t.c", "unknown", []), new("t.x", "no", [])];
        var pipelines = new Dictionary<string, LeafPipeline>
        {
            ["t.a"] = new("t.a", Date, PipelineState.Underway, [new("D 1", "published 2020-07, within 12 months")], []),
            ["t.b"] = new("t.b", Date, PipelineState.Unknown, [], [new("D 2", "first dated 2022; when work began is not recorded")]),
            ["t.c"] = new("t.c", Date, PipelineState.Unknown, [], []),
        };

        // Act
        var scores = AsOfEvaluation.Evaluate(Date, labels, pipelines);

        // Assert
        scores.Agreement.ShouldBe(new Ratio(2, 4));
        scores.Leaves.Where(l => !l.Agrees).Select(l => (l.Topic, l.Found)).ShouldBe([("t.b", "unknown"), ("t.x", "not a leaf")]);
        scores.Leaves[1].Evidence.ShouldBe(["D 2 (first dated 2022; when work began is not recorded)"]);
    }

    [Fact]
    public void Read_DateFromTheJudgmentColumn()
    {
        // Arrange
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "topic,had_work_in_development_at_2019_12_31,evidence,note\nt.a,yes,D 1;D 2,\"a, note\"\nt.b,unknown,,\n");
        try
        {
            // Act
            var (date, labels) = AsOfLabel.Read(path);

            // Assert
            date.ShouldBe(Date);
            labels.Select(l => (l.Topic, l.Judgment, l.Evidence.Count)).ShouldBe([("t.a", "yes", 2), ("t.b", "unknown", 0)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("topic,had_work,evidence\nt.a,yes,\n", "no judgment column")]
    [InlineData("topic,had_work_in_development_at_2019_12_31\nt.a,maybe\n", "is not yes, no or unknown")]
    public void Read_BadFile_SaysWhatIsWrong(string text, string message)
    {
        // Arrange
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        try
        {
            // Act + Assert
            Should.Throw<LabelFileException>(() => AsOfLabel.Read(path)).Message.ShouldContain(message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

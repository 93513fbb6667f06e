using System.Text.Json.Nodes;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

/// <summary>Editors' gap edits with optimistic concurrency, topic pins and rejects, admins' runs; every one audited.</summary>
public sealed class AnalysisMutationTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    private const string GapFields = "id statement status priority suggestedOwner version updatedAt editorCreated kind notes { author text } history { from to actor reason }";

    [Fact]
    public async Task CreateGap_Editor_StoresAnEditorGapAtVersion1AndAudits()
    {
        // Arrange
        var topic = await LeafTopicAsync();

        // Act
        var gap = (await Gql.PostAsync(server.Client, $"mutation($t: ID!) {{ createGap(input: {{ topicId: $t, statement: \"No profile for audit logs.\", priority: 42.5, note: \"from the workshop\" }}) {{ {GapFields} topic {{ id }} }} }}", new { t = topic }, server.EditorKey)).Data()["createGap"]!;
        var read = (await Gql.PostAsync(server.Client, "query($id: ID!) { gap(id: $id) { id version } }", new { id = gap["id"]!.GetValue<string>() })).Data()["gap"]!;
        var audit = await AuditAsync("createGap", gap["id"]!.GetValue<string>());

        // Assert
        gap["topic"]!["id"]!.GetValue<string>().ShouldBe(topic);
        (gap["kind"]!.GetValue<string>(), gap["status"]!.GetValue<string>(), gap["editorCreated"]!.GetValue<bool>()).ShouldBe(("EDITOR", "OPEN", true));
        gap["priority"]!.GetValue<double>().ShouldBe(42.5);
        gap["version"]!.GetValue<int>().ShouldBe(1);
        gap["notes"]![0]!["text"]!.GetValue<string>().ShouldBe("from the workshop");
        gap["history"]![0]!["actor"]!.GetValue<string>().ShouldStartWith("alice");
        read["version"]!.GetValue<int>().ShouldBe(1);
        audit["before"].ShouldBeNull();
        JsonNode.Parse(audit["after"]!.GetValue<string>())!["statement"]!.GetValue<string>().ShouldBe("No profile for audit logs.");
    }

    [Fact]
    public async Task UpdateGap_CurrentVersion_UpdatesAndIncrements_StaleVersion_ConflictWithCurrentVersion()
    {
        // Arrange
        var id = await NewGapAsync();

        // Act
        var updated = (await Gql.PostAsync(server.Client, "mutation($id: ID!) { updateGap(input: { id: $id, expectedVersion: 1, statement: \"Sharper.\", suggestedOwner: \"ISO/TC 307\", priority: 77, priorityReason: \"raised at the workshop\" }) { statement suggestedOwner priority version priorityOverride { reason } } }", new { id }, server.EditorKey)).Data()["updateGap"]!;
        var stale = await Gql.PostAsync(server.Client, "mutation($id: ID!) { updateGap(input: { id: $id, expectedVersion: 1, statement: \"Lost update\" }) { version } }", new { id }, server.EditorKey);
        var read = (await Gql.PostAsync(server.Client, "query($id: ID!) { gap(id: $id) { statement version } }", new { id })).Data()["gap"]!;

        // Assert
        (updated["statement"]!.GetValue<string>(), updated["suggestedOwner"]!.GetValue<string>(), updated["priority"]!.GetValue<double>(), updated["version"]!.GetValue<int>())
            .ShouldBe(("Sharper.", "ISO/TC 307", 77.0, 2));
        stale.FirstErrorCode().ShouldBe("CONFLICT");
        stale.Body["errors"]![0]!["extensions"]!["currentVersion"]!.GetValue<int>().ShouldBe(2);
        stale.Body["data"]?["updateGap"].ShouldBeNull();
        (read["statement"]!.GetValue<string>(), read["version"]!.GetValue<int>()).ShouldBe(("Sharper.", 2));
        // The priority's reason is the audit entry's note.
        (await AuditAsync("updateGap", id))["note"]!.GetValue<string>().ShouldBe("raised at the workshop");
    }

    [Fact]
    public async Task SetGapStatus_WithNote_RecordsHistoryAndNote_StaleVersionConflicts()
    {
        // Arrange
        var id = await NewGapAsync();

        // Act
        var dismissed = (await Gql.PostAsync(server.Client, $"mutation($id: ID!) {{ setGapStatus(input: {{ id: $id, status: DISMISSED, note: \"Out of scope for the roadmap.\", expectedVersion: 1 }}) {{ {GapFields} }} }}", new { id }, server.EditorKey)).Data()["setGapStatus"]!;
        var stale = await Gql.PostAsync(server.Client, "mutation($id: ID!) { setGapStatus(input: { id: $id, status: CLOSED, note: \"late\", expectedVersion: 1 }) { version } }", new { id }, server.EditorKey);
        var reopened = (await Gql.PostAsync(server.Client, "mutation($id: ID!) { setGapStatus(input: { id: $id, status: OPEN, note: \"reopened\" }) { status version } }", new { id }, server.EditorKey)).Data()["setGapStatus"]!;
        var audit = await AuditAsync("setGapStatus", id);

        // Assert
        dismissed["status"]!.GetValue<string>().ShouldBe("DISMISSED");
        dismissed["version"]!.GetValue<int>().ShouldBe(2);
        var change = dismissed["history"]!.AsArray()[^1]!;
        (change["from"]!.GetValue<string>(), change["to"]!.GetValue<string>(), change["reason"]!.GetValue<string>()).ShouldBe(("OPEN", "DISMISSED", "Out of scope for the roadmap."));
        dismissed["notes"]!.AsArray()[^1]!["text"]!.GetValue<string>().ShouldBe("Out of scope for the roadmap.");
        stale.FirstErrorCode().ShouldBe("CONFLICT");
        stale.Body["errors"]![0]!["extensions"]!["currentVersion"]!.GetValue<int>().ShouldBe(2);
        (reopened["status"]!.GetValue<string>(), reopened["version"]!.GetValue<int>()).ShouldBe(("OPEN", 3));
        audit["note"]!.GetValue<string>().ShouldBe("reopened");
        JsonNode.Parse(audit["before"]!.GetValue<string>())!["status"]!.GetValue<string>().ShouldBe("Dismissed");
    }

    [Fact]
    public async Task AddGapNote_AppendsAndIncrements()
    {
        // Arrange
        var id = await NewGapAsync();

        // Act
        var gap = (await Gql.PostAsync(server.Client, "mutation($id: ID!) { addGapNote(input: { id: $id, text: \"ITU-T SG17 Q14 is drafting.\" }) { version notes { author at text } } }", new { id }, server.EditorKey)).Data()["addGapNote"]!;
        var blank = await Gql.PostAsync(server.Client, "mutation($id: ID!) { addGapNote(input: { id: $id, text: \"  \" }) { version } }", new { id }, server.EditorKey);

        // Assert
        gap["version"]!.GetValue<int>().ShouldBe(2);
        gap["notes"]!.AsArray().ShouldHaveSingleItem()!["text"]!.GetValue<string>().ShouldBe("ITU-T SG17 Q14 is drafting.");
        blank.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        (await AuditAsync("addGapNote", id))["note"]!.GetValue<string>().ShouldBe("ITU-T SG17 Q14 is drafting.");
    }

    [Theory]
    [InlineData("mutation { updateGap(input: { id: \"gap:none\", expectedVersion: 1, statement: \"x\" }) { id } }")]
    [InlineData("mutation { setGapStatus(input: { id: \"gap:none\", status: CLOSED, note: \"x\" }) { id } }")]
    [InlineData("mutation { addGapNote(input: { id: \"gap:none\", text: \"x\" }) { id } }")]
    [InlineData("mutation { createGap(input: { topicId: \"no.such.topic\", statement: \"x\" }) { id } }")]
    [InlineData("mutation { pinTopic(documentKey: \"ISO 22739\", topicId: \"no.such.topic\") { pinned } }")]
    [InlineData("mutation { rejectTopic(documentKey: \"ISO 00000\", topicId: \"dlt\") { rejected } }")]
    [InlineData("mutation { clearTopicDecision(documentKey: \"ISO 00000\", topicId: \"dlt\") }")]
    public async Task Mutations_UnknownTarget_NotFound(string mutation)
    {
        // Act
        var result = await Gql.PostAsync(server.Client, mutation, key: server.EditorKey);

        // Assert
        result.FirstErrorCode().ShouldBe("NOT_FOUND", result.Errors());
    }

    [Fact]
    public async Task PinAndReject_VisibleAtOnceOnDocumentTopics_SurviveARerun_ClearRemoves()
    {
        // Arrange
        var topics = (await Gql.PostAsync(server.Client, "{ document(key: \"ITU-T X.1401\") { topics { topic { id } } } }")).Data()["document"]!["topics"]!.AsArray();
        var rejected = topics[0]!["topic"]!["id"]!.GetValue<string>();
        var pinned = (await Gql.PostAsync(server.Client, "{ topics { id children { id } } }")).Data()["topics"]!.AsArray()
            .Where(t => t!["children"]!.AsArray().Count == 0).Select(t => t!["id"]!.GetValue<string>())
            .First(id => topics.All(t => t!["topic"]!["id"]!.GetValue<string>() != id));
        var admin = await Seed.KeyAsync(server.Factory, ApiRole.Admin, "root");

        // Act
        var pin = (await Gql.PostAsync(server.Client, "mutation($t: ID!) { pinTopic(documentKey: \"ITU-T X.1401\", topicId: $t, note: \"anchor document\") { topic { id } score pinned rejected decision { kind editor note } evidence { kind } } }", new { t = pinned }, server.EditorKey)).Data()["pinTopic"]!;
        var reject = (await Gql.PostAsync(server.Client, "mutation($t: ID!) { rejectTopic(documentKey: \"ITU-T X.1401\", topicId: $t) { rejected decision { kind } } }", new { t = rejected }, server.EditorKey)).Data()["rejectTopic"]!;
        var now = await TopicsOfX1401Async();
        (await Jobs.RunAsync(server.Client, "mutation { runAnalysis(full: true) { job { id } } }", admin, "runAnalysis"))["state"]!.GetValue<string>().ShouldBe("SUCCEEDED");
        var afterRun = await TopicsOfX1401Async();
        var cleared = (await Gql.PostAsync(server.Client, "mutation($t: ID!) { clearTopicDecision(documentKey: \"ITU-T X.1401\", topicId: $t) }", new { t = pinned }, server.EditorKey)).Data()["clearTopicDecision"]!;
        var again = (await Gql.PostAsync(server.Client, "mutation($t: ID!) { clearTopicDecision(documentKey: \"ITU-T X.1401\", topicId: $t) }", new { t = pinned }, server.EditorKey)).Data()["clearTopicDecision"]!;
        var afterClear = await TopicsOfX1401Async();

        // Assert
        (pin["pinned"]!.GetValue<bool>(), pin["score"]!.GetValue<double>(), pin["decision"]!["kind"]!.GetValue<string>()).ShouldBe((true, 1.0, "PIN"));
        pin["evidence"]!.AsArray().ShouldContain(e => e!["kind"]!.GetValue<string>() == "EDITOR");
        (reject["rejected"]!.GetValue<bool>(), reject["decision"]!["kind"]!.GetValue<string>()).ShouldBe((true, "REJECT"));
        foreach (var view in new[] { now, afterRun })
        {
            view.Visible.ShouldContain(pinned);
            view.Visible.ShouldNotContain(rejected);
            view.WithRejected.ShouldContain(rejected);
        }

        cleared.GetValue<bool>().ShouldBeTrue();
        again.GetValue<bool>().ShouldBeFalse();
        afterClear.Visible.ShouldNotContain(pinned);
        (await AuditAsync("pinTopic", $"ITU-T X.1401 · {pinned}"))["note"]!.GetValue<string>().ShouldBe("anchor document");
    }

    [Fact]
    public async Task RunAnalysis_Admin_RunsAsAJobAndIsAudited()
    {
        // Arrange
        var admin = await Seed.KeyAsync(server.Factory, ApiRole.Admin, "ops");

        // Act
        var job = await Jobs.RunAsync(server.Client, "mutation { runAnalysis { started job { id } } }", admin, "runAnalysis");
        var runs = (await Gql.PostAsync(server.Client, "{ analysisRuns(first: 1) { id mode asOf } }")).Data()["analysisRuns"]!.AsArray();

        // Assert
        job["state"]!.GetValue<string>().ShouldBe("SUCCEEDED", job.ToJsonString());
        job["kind"]!.GetValue<string>().ShouldBe("ANALYSIS");
        job["outcome"]!.GetValue<string>().ShouldStartWith("Incremental run");
        runs[0]!["id"]!.GetValue<string>().ShouldBe(job["resultId"]!.GetValue<string>());
        runs[0]!["mode"]!.GetValue<string>().ShouldBe("incremental");
        runs[0]!["asOf"].ShouldBeNull();
        JsonNode.Parse((await AuditAsync("runAnalysis", "analysis", admin))["after"]!.GetValue<string>())!["job"]!.GetValue<string>().ShouldBe(job["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ApiRole.Reader, "mutation { createGap(input: { topicId: \"dlt\", statement: \"x\" }) { id } }")]
    [InlineData(ApiRole.Reader, "mutation { addGapNote(input: { id: \"gap:x\", text: \"x\" }) { id } }")]
    [InlineData(ApiRole.Reader, "mutation { pinTopic(documentKey: \"ISO 22739\", topicId: \"dlt\") { pinned } }")]
    [InlineData(ApiRole.Editor, "mutation { runAnalysis { started } }")]
    public async Task Mutations_WithoutTheRole_Forbidden(ApiRole role, string mutation)
    {
        // Arrange
        var key = await Seed.KeyAsync(server.Factory, role, "limited");

        // Act
        var result = await Gql.PostAsync(server.Client, mutation, key: key);
        var anonymous = await Gql.PostAsync(server.Client, mutation);

        // Assert
        result.FirstErrorCode().ShouldBe("FORBIDDEN");
        anonymous.FirstErrorCode().ShouldBe("UNAUTHENTICATED");
    }

    private async Task<string> LeafTopicAsync() =>
        (await Gql.PostAsync(server.Client, "{ topics { id children { id } } }")).Data()["topics"]!.AsArray()
            .First(t => t!["children"]!.AsArray().Count == 0)!["id"]!.GetValue<string>();

    private async Task<string> NewGapAsync()
    {
        var topic = await LeafTopicAsync();
        return (await Gql.PostAsync(server.Client, "mutation($t: ID!) { createGap(input: { topicId: $t, statement: \"A gap to edit.\" }) { id } }", new { t = topic }, server.EditorKey))
            .Data()["createGap"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> AuditAsync(string action, string target, string? key = null) =>
        (await Gql.PostAsync(server.Client, "query($a: String, $t: String) { auditTrail(action: $a, target: $t, first: 1) { actor action target before after note } }", new { a = action, t = target }, key ?? server.EditorKey))
            .Data()["auditTrail"]!.AsArray().ShouldHaveSingleItem()!;

    private async Task<(List<string> Visible, List<string> WithRejected)> TopicsOfX1401Async()
    {
        var document = (await Gql.PostAsync(server.Client, "{ document(key: \"ITU-T X.1401\") { visible: topics { topic { id } } all: topics(includeRejected: true) { topic { id } } } }")).Data()["document"]!;
        static List<string> Ids(JsonNode rows) => [.. rows.AsArray().Select(r => r!["topic"]!["id"]!.GetValue<string>())];
        return (Ids(document["visible"]!), Ids(document["all"]!));
    }
}

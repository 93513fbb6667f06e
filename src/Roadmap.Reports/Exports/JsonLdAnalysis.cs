using System.Text.Json;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Reports.Exports;

/// <summary>The analysis' nodes in the JSON-LD export: gaps (priority with its terms, evidence, work in progress) and overlaps.</summary>
internal static class JsonLdAnalysis
{
    public static void WriteGaps(Utf8JsonWriter json, IReadOnlyList<Gap> gaps)
    {
        foreach (var gap in gaps)
        {
            json.WriteStartObject();
            json.WriteString("@id", "gap:" + JsonLdExporter.Id(gap.Id.StartsWith("gap:", StringComparison.Ordinal) ? gap.Id[4..] : gap.Id));
            json.WriteString("@type", "Gap");
            json.WriteString("topic", "tpc:" + JsonLdExporter.Id(gap.TopicId));
            json.WriteString("statement", gap.Statement);
            json.WriteString("kind", gap.Kind.ToString());
            json.WriteString("status", gap.Status.ToString());
            json.WriteNumber("priority", gap.Priority);
            if (gap.PriorityBreakdown is { } breakdown)
            {
                json.WriteString("formula", breakdown.Formula);
                json.WriteStartArray("terms");
                foreach (var term in breakdown.Terms)
                {
                    json.WriteStartObject();
                    json.WriteString("name", term.Name);
                    json.WriteNumber("value", term.Value);
                    json.WriteNumber("coefficient", term.Coefficient);
                    json.WriteString("explanation", term.Explanation);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("evidence");
            foreach (var evidence in gap.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Evidence");
                json.WriteString("document", JsonLdExporter.DocumentId(evidence.DocumentKey));
                json.WriteString("mapping", evidence.Mapping.ToString());
                json.WriteNumber("confidence", evidence.Confidence);
                JsonLdExporter.Optional(json, "state", evidence.State);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonLdExporter.Strings(json, "workInProgress", gap.WorkInProgress.Select(JsonLdExporter.DocumentId));
            JsonLdExporter.Optional(json, "suggestedOwner", gap.SuggestedOwner);
            json.WriteEndObject();
        }
    }

    public static void WriteOverlaps(Utf8JsonWriter json, IReadOnlyList<Overlap> overlaps)
    {
        foreach (var overlap in overlaps)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Overlap");
            json.WriteString("first", JsonLdExporter.DocumentId(overlap.FirstKey));
            json.WriteString("second", JsonLdExporter.DocumentId(overlap.SecondKey));
            json.WriteNumber("score", overlap.Score);
            json.WriteNumber("textSimilarity", overlap.TextSimilarity);
            json.WriteNumber("topicSimilarity", overlap.TopicSimilarity);
            JsonLdExporter.Strings(json, "sharedTerms", overlap.SharedTerms);
            JsonLdExporter.Strings(json, "sharedTopics", overlap.SharedTopics.Select(t => "tpc:" + JsonLdExporter.Id(t)));
            JsonLdExporter.Optional(json, "knownRelation", overlap.KnownRelation?.ToString());
            json.WriteEndObject();
        }
    }
}

using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the Neo4j store sends, in one place, so a test can lint them all offline.
/// All data statements stay in the Cypher that Neo4j 3.1 and 5.x share: no <c>datetime()</c>, <c>CALL {}</c>,
/// <c>EXISTS {}</c>, <c>COUNT {}</c> or <c>elementId()</c>; parameters as <c>$name</c>. Schema DDL lives in <c>schema/neo4j/</c>.
/// </summary>
/// <remarks>
/// The model: a <c>:Reference</c> node per designation any relation mentions, keyed by <c>key</c>; one described by a record
/// is also a <c>:Document</c>, with the full record as <c>json</c> and the filter and sort fields beside it. Relations are
/// relationships between references, one relationship type per <see cref="Core.Documents.RelationType"/>, so a relation
/// to a document not (yet) in the graph is kept on a bare reference. Committees are <c>:Committee</c> nodes linked to
/// their declared parent by <c>PARENT</c>; changes are <c>:Change</c> nodes numbered by the <c>:Sequence</c> node.
/// </remarks>
internal static partial class CypherStatements
{
    public const string ChangeSequence = "change";

    public static readonly string ReadSchemaVersion = OneLine("""
        MERGE (m:RoadmapMeta {key: 'schema'})
        ON CREATE SET m.app = $app, m.version = $version
        RETURN m.app AS app, m.version AS version
        """);

    public static readonly string WriteSchemaVersion = OneLine("""
        MATCH (m:RoadmapMeta {key: 'schema'})
        SET m.version = $version
        """);

    public static readonly string IsCounted = OneLine("""
        OPTIONAL MATCH (s:Sequence {name: $name})
        RETURN coalesce(s.counted, false) AS counted
        """);

    // Writing to the sequence node first takes its write lock, so writers queue there (as SQLite's IMMEDIATE
    // transactions do) and never both read a document as missing and both record it as added.
    public static readonly string LockSequence = OneLine("""
        MERGE (s:Sequence {name: $name})
        ON CREATE SET s.value = 0
        SET s.locked = true
        RETURN s.value AS value
        """);

    // Under the lock LockSequence took, so reading generation here is safe. The generation moves with every write batch
    // (listing totals are cached per generation); lastAt keeps the newest change time, so stats need not scan the changes.
    public static readonly string AdvanceSequence = OneLine("""
        MATCH (s:Sequence {name: $name})
        SET s.value = $value, s.generation = coalesce(s.generation, 0) + 1,
            s.lastAt = CASE WHEN $lastAt IS NOT NULL AND (s.lastAt IS NULL OR $lastAt > s.lastAt) THEN $lastAt ELSE s.lastAt END
        REMOVE s.locked
        """);

    public static readonly string SaveCrawlRun = OneLine("""
        MERGE (r:CrawlRun {id: $id})
        SET r.source = $source, r.startedAt = $startedAt, r.json = $json
        """);

    public static readonly string ListCrawlRuns = OneLine("""
        MATCH (r:CrawlRun)
        RETURN r.json AS json
        ORDER BY r.startedAt DESC, r.id DESC
        LIMIT $limit
        """);

    /// <summary>Every statement, named, for linting; dictionaries of variants contribute each variant.</summary>
    public static IReadOnlyList<(string Name, string Text)> All()
    {
        var all = new List<(string, string)>();
        foreach (var field in typeof(CypherStatements).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            switch (field.GetValue(null))
            {
                case string text when !field.IsLiteral:
                    all.Add((field.Name, text));
                    break;
                case IDictionary variants:
                    foreach (DictionaryEntry entry in variants)
                    {
                        if (entry.Value is string variant)
                        {
                            all.Add(($"{field.Name}[{entry.Key}]", variant));
                        }
                    }

                    break;
            }
        }

        return all;
    }

    // The Query API wants a statement without literal line breaks; one line also reads better in server logs.
    // The head of an append numbered by a sequence: the node is written (locked) before its value is read, so concurrent
    // appends queue on it and each takes the next number, in commit order; the record is created in the same statement
    // with s.value as its number, so a number is never taken without its record. A const, so statements in every
    // partial file can use it whatever order the static fields are set in.
    private const string NextInSequence = "MERGE (s:Sequence {name: $sequence}) ON CREATE SET s.value = 0 SET s.locked = true REMOVE s.locked WITH s SET s.value = s.value + 1 ";

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Globalization;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>The rows one statement returned, each row in the order of <see cref="Columns"/>.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static CypherResult Empty { get; } = new([], []);

    public IEnumerable<CypherRecord> Records => Rows.Select(r => new CypherRecord(this, r));

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"the result has no column '{column}' (has: {string.Join(", ", Columns)})");
    }

    /// <summary>The single value of a one-row result, e.g. a count.</summary>
    public long SingleLong(string column) =>
        Rows.Count == 0 ? 0 : new CypherRecord(this, Rows[0]).Long(column);
}

/// <summary>One row, read by column name.</summary>
internal readonly record struct CypherRecord(CypherResult Result, IReadOnlyList<object?> Values)
{
    public object? this[string column] => Values[Result.IndexOf(column)];

    public string? String(string column) => this[column] switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public string RequiredString(string column) =>
        String(column) ?? throw new InvalidOperationException($"Neo4j returned null for '{column}'");

    public long Long(string column) => this[column] switch
    {
        null => 0,
        long l => l,
        double d => (long)d,
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    public bool Bool(string column) => this[column] is true;
}

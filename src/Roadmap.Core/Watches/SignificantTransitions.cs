using System.Globalization;

namespace Roadmap.Core.Watches;

/// <summary>
/// Which lifecycle transitions are significant, per body's scheme (schema/significant-transitions.csv, embedded): a
/// document entering a listed code (from a code the same row does not cover) is significant.
/// </summary>
public sealed class SignificantTransitions
{
    private const string ResourceName = "Roadmap.Core.significant-transitions.csv";
    private static readonly string[] Header = ["scheme", "code", "label"];
    private static readonly HashSet<string> Schemes = new(StringComparer.Ordinal) { "iso-stage", "itu-status", "w3c-maturity", "ieee-status", "etsi" };
    private static readonly Lazy<SignificantTransitions> BundledTable = new(LoadBundled);

    private SignificantTransitions(IReadOnlyList<SignificantTransition> rows) => Rows = rows;

    public IReadOnlyList<SignificantTransition> Rows { get; }

    /// <summary>The table bundled with this build.</summary>
    public static SignificantTransitions Bundled => BundledTable.Value;

    /// <summary>The label of the significant transition from <paramref name="before"/> to <paramref name="after"/>, or null.</summary>
    public string? Label(string scheme, string? before, string after)
    {
        foreach (var row in Rows)
        {
            if (row.Scheme == scheme && row.Covers(after) && !row.Covers(before))
            {
                return row.Label;
            }
        }

        return null;
    }

    /// <summary>Parses and validates the CSV: the header, a known scheme, a code and a label on every row, no row twice.</summary>
    /// <exception cref="FormatException">The text is not a valid table; the message names the line.</exception>
    public static SignificantTransitions Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || !lines[0].Split(',').Select(c => c.Trim()).SequenceEqual(Header))
        {
            throw new FormatException("significant transitions: the first line must be 'scheme,code,label'");
        }

        var rows = new List<SignificantTransition>();
        var seen = new HashSet<(string, string)>();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',');
            var where = string.Create(CultureInfo.InvariantCulture, $"significant transitions line {i + 1}");
            if (cells.Length != 3 || cells.Any(c => c.Trim().Length == 0))
            {
                throw new FormatException($"{where}: expected three non-empty cells, got '{line}'");
            }

            var (scheme, code, label) = (cells[0].Trim(), cells[1].Trim(), cells[2].Trim());
            if (!Schemes.Contains(scheme))
            {
                throw new FormatException($"{where}: unknown scheme '{scheme}' (known: {string.Join(", ", Schemes.Order(StringComparer.Ordinal))})");
            }

            if (code.IndexOf('*', StringComparison.Ordinal) is var star && star >= 0 && star != code.Length - 1)
            {
                throw new FormatException($"{where}: '*' may only end a code, got '{code}'");
            }

            if (!seen.Add((scheme, code.ToUpperInvariant())))
            {
                throw new FormatException($"{where}: {scheme} {code} is listed twice");
            }

            rows.Add(new SignificantTransition(scheme, code, label));
        }

        return new SignificantTransitions(rows);
    }

    private static SignificantTransitions LoadBundled()
    {
        using var stream = typeof(SignificantTransitions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

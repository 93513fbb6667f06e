using System.Text.RegularExpressions;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// The controlled vocabulary of <c>schema/overlap-synonyms.csv</c> (embedded in this assembly): phrases that name the
/// same thing across bodies ("terms and definitions" and "vocabulary"; "DLT" and "blockchain"), each rewritten to its
/// group's first phrase before titles and scopes are compared, so two texts on one subject share its words.
/// </summary>
internal sealed class OverlapSynonyms
{
    private const string ResourceName = "Roadmap.Analysis.overlap-synonyms.csv";

    private readonly Regex? _pattern;
    private readonly Dictionary<string, string> _canonical;

    private OverlapSynonyms(IEnumerable<IReadOnlyList<string>> groups)
    {
        _canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (!_canonical.TryAdd(phrase, group[0]))
                {
                    throw new InvalidDataException($"overlap synonyms: '{phrase}' is in two groups");
                }
            }
        }

        // Longest first, so "distributed ledger technology" is read before "distributed ledger".
        var alternatives = _canonical.Keys.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(Regex.Escape).ToList();
        _pattern = alternatives.Count == 0 ? null : new Regex(@"\b(?:" + string.Join('|', alternatives) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The vocabulary bundled with this build.</summary>
    public static OverlapSynonyms Bundled { get; } = Load();

    public static OverlapSynonyms Parse(string text) =>
        new(text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (IReadOnlyList<string>)[.. l.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0)])
            .Where(g => g.Count > 1));

    /// <summary>The text with every listed phrase replaced by its group's first phrase.</summary>
    public string Rewrite(string text) => _pattern is null ? text : _pattern.Replace(text, m => _canonical[m.Value]);

    private static OverlapSynonyms Load()
    {
        using var stream = typeof(OverlapSynonyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The overlap synonyms ({ResourceName}) are not embedded in this build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

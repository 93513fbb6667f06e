using System.Security.Cryptography;
using System.Text;
using Roadmap.Core.Analysis;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Roadmap.Analysis.Taxonomy;

/// <summary>
/// Reads and validates <c>schema/taxonomy.yaml</c>: unique ids, existing parents, no cycles, queries that parse (through
/// the text matcher, so they are checked by the same Lucene parser that will run them), valid patterns and weights.
/// Every problem is reported at once, each naming its topic.
/// </summary>
public static partial class TaxonomyLoader
{
    private const string ResourceName = "Roadmap.Analysis.taxonomy.yaml";

    /// <summary>The taxonomy bundled with this build (a copy of <c>schema/taxonomy.yaml</c>).</summary>
    public static TopicTaxonomy LoadDefault(ITextMatcher matcher)
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the bundled taxonomy is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "schema/taxonomy.yaml (bundled)", matcher);
    }

    public static TopicTaxonomy LoadFile(string path, ITextMatcher matcher) =>
        Parse(File.ReadAllText(path), path, matcher);

    /// <exception cref="InvalidDataException">The text is not a valid taxonomy; the message lists every problem.</exception>
    public static TopicTaxonomy Parse(string yaml, string origin, ITextMatcher matcher)
    {
        TaxonomyFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            file = deserializer.Deserialize<TaxonomyFile>(yaml) ?? new TaxonomyFile();
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"taxonomy {origin} is not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {Innermost(ex).Message}", ex);
        }

        var errors = new List<string>();
        var settings = ReadSettings(file.Settings, errors) with { Gaps = ReadGapSettings(file.Gaps, errors) };
        var context = ReadContext(file.Context, matcher, errors);
        var nodes = ReadTopics(file.Topics ?? [], matcher, errors);
        CheckTree(nodes, errors);
        if (file.Version != 1)
        {
            errors.Insert(0, $"version must be 1 (found {file.Version})");
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException($"taxonomy {origin} is invalid:\n  - " + string.Join("\n  - ", errors));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..16];
        return new TopicTaxonomy(nodes, settings, context, hash);
    }

    private static TaxonomySettings ReadSettings(TaxonomyFile.SettingsEntry? entry, List<string> errors)
    {
        var defaults = new TaxonomySettings();
        if (entry is null)
        {
            return defaults;
        }

        var settings = new TaxonomySettings
        {
            Threshold = entry.Threshold ?? defaults.Threshold,
            DirectScore = entry.DirectScore ?? defaults.DirectScore,
            ScopeFactor = entry.ScopeFactor ?? defaults.ScopeFactor,
            CommitteeHintWeight = entry.CommitteeHintWeight ?? defaults.CommitteeHintWeight,
            DesignationWeight = entry.DesignationWeight ?? defaults.DesignationWeight,
            StaleAfterYears = entry.StaleAfterYears ?? defaults.StaleAfterYears,
        };
        foreach (var (name, value) in new[] { ("threshold", settings.Threshold), ("directScore", settings.DirectScore), ("scopeFactor", settings.ScopeFactor), ("committeeHintWeight", settings.CommitteeHintWeight), ("designationWeight", settings.DesignationWeight) })
        {
            if (value is <= 0 or > 1)
            {
                errors.Add($"settings: {name} must be in (0, 1] (found {value})");
            }
        }

        if (settings.StaleAfterYears < 1)
        {
            errors.Add($"settings: staleAfterYears must be at least 1 (found {settings.StaleAfterYears})");
        }

        return settings;
    }

    private static TaxonomyContext ReadContext(TaxonomyFile.ContextEntry? entry, ITextMatcher matcher, List<string> errors)
    {
        var queries = entry?.Queries ?? [];
        var exclude = entry?.Exclude ?? [];
        foreach (var (list, name) in new[] { (queries, "query"), (exclude, "exclusion") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (QueryProblem(list[i], matcher) is { } problem)
                {
                    errors.Add($"context: {name} {i + 1} does not parse: {problem}");
                }
            }
        }

        return new TaxonomyContext(queries, [.. (entry?.Committees ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())]) { Exclude = exclude };
    }

    /// <summary>Why a query cannot be used (empty, or the parser's message); null when it parses.</summary>
    private static string? QueryProblem(string? query, ITextMatcher matcher) =>
        string.IsNullOrWhiteSpace(query) ? "empty" : matcher.Validate(query);

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}

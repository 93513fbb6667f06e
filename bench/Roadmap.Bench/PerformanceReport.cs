using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Roadmap.Bench;

/// <summary>Writes docs/PERFORMANCE.md: the machine, the date, the command, and each benchmark's figures.</summary>
internal static class PerformanceReport
{
    public static async Task WriteAsync(BenchOptions options, IReadOnlyList<BenchSection> sections, TimeProvider time)
    {
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine("Measured by the benchmarks in `bench/` (run on demand, never as timed unit tests). Regenerate this file with:");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine("dotnet run -c Release --project bench/Roadmap.Bench -- --shared ../shared/sdo");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Last run: {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC (each section carries its own date)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores, {Memory()} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Corpus: `{options.SharedSdo}`");
        // Sections of benchmarks not run this time are kept from the previous file, each with its own date line.
        var kept = Previous(options.Output);
        var date = string.Create(CultureInfo.InvariantCulture, $"_Measured {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC._\n\n");
        foreach (var section in sections)
        {
            kept[section.Title] = date + section.Markdown;
        }

        foreach (var (title, body) in kept)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
            text.AppendLine();
            text.Append(body.TrimEnd('\n')).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
        await File.WriteAllTextAsync(options.Output, text.ToString());
    }

    private static Dictionary<string, string> Previous(string path)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return sections;
        }

        foreach (var part in File.ReadAllText(path).Split("\n## ").Skip(1))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            sections[part[..newline].Trim()] = part[(newline + 1)..].TrimStart('\n');
        }

        return sections;
    }

    private static string Memory()
    {
        var bytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F0} GiB");
    }
}

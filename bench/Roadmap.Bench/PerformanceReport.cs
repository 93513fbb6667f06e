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
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores, {Memory()} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Corpus: `{options.SharedSdo}`");
        foreach (var section in sections)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {section.Title}");
            text.AppendLine();
            text.Append(section.Markdown);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
        await File.WriteAllTextAsync(options.Output, text.ToString());
    }

    private static string Memory()
    {
        var bytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):F0} GiB");
    }
}

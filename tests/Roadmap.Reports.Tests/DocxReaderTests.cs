using System.Diagnostics;
using System.Text.RegularExpressions;
using Roadmap.Reports.Rendering;
using Roadmap.TestKit;

namespace Roadmap.Reports.Tests;

/// <summary>
/// The Word file checked the way a reader sees it: LibreOffice lays it out and prints it to PDF, poppler reads the
/// PDF's text back and draws its first pages as PNGs (kept in <c>TestResults/roadmap-pages</c> to look at).
/// </summary>
[Trait("Tier", "Slow")] // starts LibreOffice: 10–30 s
public sealed partial class DocxReaderTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    public static string Pages { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "roadmap-pages");

    [Fact]
    public async Task Docx_ConvertedByLibreOffice_ReadsAsADocument()
    {
        // Arrange
        var soffice = Tool("soffice", "/usr/lib/libreoffice/program/soffice");
        Assert.SkipWhen(soffice is null, "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui");
        var pdftotext = Tool("pdftotext");
        Assert.SkipWhen(pdftotext is null, "poppler (pdftotext) is not installed: apt-get install -y poppler-utils");
        var cancellation = TestContext.Current.CancellationToken;
        using var folder = new TempDirectory();
        var document = await dataset.Builder().BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition }, cancellation);
        var docx = Path.Combine(folder.Root, "roadmap.docx");
        await using (var file = File.Create(docx))
        {
            new DocxRenderer().Render(document, file);
        }

        // Act
        await RunAsync(soffice!, ["--headless", "--norestore", $"-env:UserInstallation=file://{folder.Root}/profile", "--convert-to", "pdf", "--outdir", folder.Root, docx], cancellation);
        var pdf = Path.Combine(folder.Root, "roadmap.pdf");
        File.Exists(pdf).ShouldBeTrue("soffice wrote no PDF");
        var text = await RunAsync(pdftotext!, ["-layout", pdf, "-"], cancellation);
        var pageTexts = text.Split('\f');
        var pages = pageTexts.Count(p => !string.IsNullOrWhiteSpace(p));
        var figurePages = pageTexts.Select((p, i) => (p, i + 1)).Where(x => x.p.Contains("Figure ", StringComparison.Ordinal)).Select(x => x.Item2).ToList();
        await KeepPagesAsync(pdf, figurePages, cancellation);

        // Assert: a few pages of a document, opening with its summary, its figures' labels in full and no stray codes.
        pages.ShouldBeInRange(6, 30);
        var flat = Whitespace().Replace(text, " ");
        flat.ShouldContain("Executive summary");
        flat.ShouldContain("The highest-priority gaps, one per topic, are:");
        flat.ShouldContain("ITU-T has no work on 2 topics that other bodies cover");
        flat.IndexOf("Executive summary", StringComparison.Ordinal).ShouldBeLessThan(flat.IndexOf("Part 1 — Bodies and committees", StringComparison.Ordinal));
        flat.ShouldNotContain("status not given");
        flat.ShouldNotContain("(ies)");
    }

    /// <summary>The first pages and those with figures as PNGs for a person to look at; skipped quietly without pdftoppm.</summary>
    private static async Task KeepPagesAsync(string pdf, IReadOnlyList<int> figurePages, CancellationToken cancellationToken)
    {
        if (Tool("pdftoppm") is not { } pdftoppm)
        {
            return;
        }

        Directory.CreateDirectory(Pages);
        foreach (var old in Directory.GetFiles(Pages, "*.png"))
        {
            File.Delete(old);
        }

        await RunAsync(pdftoppm, ["-png", "-r", "60", "-f", "1", "-l", "4", pdf, Path.Combine(Pages, "page")], cancellationToken);
        foreach (var page in figurePages.Take(3))
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RunAsync(pdftoppm, ["-png", "-r", "110", "-f", number, "-l", number, pdf, Path.Combine(Pages, "figure")], cancellationToken);
        }

        Directory.GetFiles(Pages, "page-*.png").ShouldNotBeEmpty();
    }

    private static string? Tool(string name, params string[] extra) =>
        new[] { $"/usr/bin/{name}", $"/usr/local/bin/{name}" }.Concat(extra).FirstOrDefault(File.Exists);

    private static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, $"{Path.GetFileName(tool)} failed: {await error}");

        return await output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

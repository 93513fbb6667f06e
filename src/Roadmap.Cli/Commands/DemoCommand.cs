using System.CommandLine;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Runs;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.Committees;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap demo</c>: the main job on the embedded default, from the sample data kept in the repository.
/// Committees are imported; ITU-T and ISO are crawled from the offline snapshot <c>samples/snapshot</c> through the real
/// parsers; ETSI, IEEE and W3C, which the crawlers do not cover, are imported from the catalogue. Later steps join here.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop before serving (for scripts)" };
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: samples/ of the repository)" };
        var command = new Command("demo", "Run the main job on the bundled sample data") { noServe, samples };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var folder = result.GetValue(samples) ?? SampleData.Locate()
                ?? throw new DirectoryNotFoundException("The samples/ folder was not found; run from the repository or pass --samples DIR.");
            var data = GlobalOptions.DataPath(result);
            await console.Out.WriteLineAsync($"Roadmap demo: data folder {data}, samples {folder}");

            var committees = await ImportCommand.RunAsync(console, data, Path.Combine(folder, SampleData.Committees), new CommitteeMapper(), new ImportOptions(), ct);
            await ImportCommand.PrintAsync(console, committees);
            var facts = await ImportCommand.RunAsync(console, data, Path.Combine(folder, SampleData.CommitteeFacts), new CommitteeMapper(), new ImportOptions(), ct);
            await ImportCommand.PrintAsync(console, facts);

            // Every listed ITU-T Recommendation in the snapshot is in scope, not only the nightly crawl's default ranges.
            var options = new CrawlerOptions { Sources = { [ItuSource.SourceName] = new SourceSettings { Include = ["*"] } } };
            var crawl = new CrawlRequest { Sources = [ItuSource.SourceName, IsoSource.SourceName], FromSnapshot = Path.Combine(folder, SampleData.Snapshot) };
            CrawlCommand.Print(console, await CrawlCommand.RunAsync(console, data, options, crawl, ct));

            var catalogue = await ImportCommand.RunAsync(console, data, Path.Combine(folder, SampleData.Catalogue), new CatalogueExceptMapper(new CatalogueMapper(), "ITU-T"), new ImportOptions(), ct);
            await ImportCommand.PrintAsync(console, catalogue);
            var deliverables = await ImportCommand.RunAsync(console, data, Path.Combine(folder, SampleData.FocusGroupDeliverables), new CatalogueMapper(), new ImportOptions(), ct);
            await ImportCommand.PrintAsync(console, deliverables);

            await using (var store = await StoreFactory.OpenAsync(data, ct))
            {
                StatsCommand.Print(console, await store.GetStatsAsync(ct));
            }

            // Analysis: classify the loaded documents, then coverage, gaps, overlaps and liaisons (issue 5).
            await using (var session = await AnalysisSession.OpenAsync(console, data, null, ct))
            {
                var (outcome, refiled) = await session.AnalyzeAsync(new Roadmap.Analysis.AnalysisRequest(), ct);
                await AnalyzeCommand.PrintAsync(console, outcome, refiled);
            }

            // The roadmap document in every format (issue 7).
            await ReportCommand.WriteAsync(console, data, new Roadmap.Reports.ReportRequest(), [.. Roadmap.Reports.Rendering.RoadmapRenderers.All.Select(r => (r, Path.Combine("out", "roadmap" + r.FileExtension)))], ct);

            if (!result.GetValue(noServe))
            {
                // The demo ends by serving what it built, readable without a key.
                await ServeCommand.ServeAsync(console, data, ServeCommand.DefaultUrls, anonymousRead: true, ct);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

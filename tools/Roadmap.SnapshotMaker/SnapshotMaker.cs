using System.Security.Cryptography;
using System.Text;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.SnapshotMaker;

/// <summary>Builds the demo snapshot deterministically: same samples in, same bytes out.</summary>
internal static class SnapshotMaker
{
    public const string ItuSite = "https://www.itu.int";
    public const string IsoSite = "https://www.iso.org";

    public sealed record Counts(int ItuPages, int ItuListings, int IsoPages, int IsoCatalogues);

    public static Counts Run(string samples, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var manifest = new SnapshotManifest();
        var itu = SampleRecords.Itu(samples);
        var byDesignation = itu.GroupBy(r => r.Designation, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in byDesignation)
        {
            var editions = group.ToList();
            foreach (var record in editions)
            {
                Add(manifest, output, new Uri(ItuSite + ItuPages.PathOf(record)), ItuPages.RecPage(record, editions));
            }
        }

        var series = byDesignation.GroupBy(g => ItuPages.SeriesOf(g.Key), StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        foreach (var letter in series)
        {
            Add(manifest, output, new Uri($"{ItuSite}/rec/T-REC-{letter.Key}/en"), ItuPages.SeriesListing(letter.Key, letter));
        }

        manifest.Seeds["itu-t"] = [.. series.Select(s => $"{PageKinds.ItuSeries} {ItuSite}/rec/T-REC-{s.Key}/en")];

        var iso = SampleRecords.Iso(samples).OrderBy(r => r.Id).ToList();
        var ids = iso.GroupBy(r => r.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var record in iso)
        {
            Add(manifest, output, new Uri(IsoSite + IsoPages.PathOf(record.Id)), IsoPages.StandardPage(record, ids));
        }

        var isoSeeds = new List<string>();
        foreach (var (committee, id) in IsoPages.CommitteeIds.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var listed = iso.Where(r => r.Committee is { } c && (c == committee || c.StartsWith(committee + "/", StringComparison.Ordinal))).ToList();
            Add(manifest, output, new Uri(IsoSite + IsoPages.CataloguePath(id)), IsoPages.Catalogue(committee, listed));
            isoSeeds.Add($"{PageKinds.IsoCatalogue} {IsoSite}{IsoPages.CataloguePath(id)}");
        }

        // Standards of committees whose iso.org id the samples do not know are seeded directly.
        isoSeeds.AddRange(iso.Where(r => !IsoPages.CommitteeIds.Keys.Any(c => r.Committee is { } k && (k == c || k.StartsWith(c + "/", StringComparison.Ordinal))))
            .Select(r => $"{PageKinds.IsoStandard} {IsoSite}{IsoPages.PathOf(r.Id)}"));
        manifest.Seeds["iso"] = isoSeeds;
        manifest.Save(output);
        ReadmeWriter.Write(output, itu.Count, series.Count, iso.Count);
        return new Counts(itu.Count, series.Count, iso.Count, IsoPages.CommitteeIds.Count);
    }

    private static void Add(SnapshotManifest manifest, string output, Uri url, string html)
    {
        const string contentType = "text/html; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(html);
        var file = SnapshotFileNames.For(url, contentType);
        var path = Path.Combine(output, file.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
        manifest.Entries.Add(new SnapshotEntry { Url = url.AbsoluteUri, File = file, ContentType = contentType, ETag = etag });
    }
}

using Roadmap.SnapshotMaker;

// dotnet run --project tools/Roadmap.SnapshotMaker [-- --samples samples --out samples/snapshot]
var samples = "samples";
var output = Path.Combine("samples", "snapshot");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--samples": samples = args[i + 1]; break;
        case "--out": output = args[i + 1]; break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; usage: [--samples DIR] [--out DIR]");
            return 2;
    }
}

var counts = SnapshotMaker.Run(samples, output);
Console.WriteLine($"wrote {output}: {counts.ItuPages} ITU-T rec pages, {counts.ItuListings} series listings, {counts.IsoPages} ISO standard pages, {counts.IsoCatalogues} catalogue");
return 0;

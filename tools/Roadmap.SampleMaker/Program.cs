using Roadmap.SampleMaker;

var options = MakerOptions.Parse(args, Directory.GetCurrentDirectory());
if (options is null)
{
    await Console.Error.WriteLineAsync("usage: Roadmap.SampleMaker [--shared <shared/sdo folder>] [--out <samples folder>]");
    return 2;
}

if (!Directory.Exists(options.SharedDir))
{
    await Console.Error.WriteLineAsync($"shared data not found: {options.SharedDir}");
    return 1;
}

var report = SampleMaker.Run(options.SharedDir, options.OutDir);
Console.Write(report.ToText());
return 0;

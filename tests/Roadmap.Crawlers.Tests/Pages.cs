using Roadmap.Crawlers.Fetching;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests;

/// <summary>Saved pages: the real ones from shared/sdo (skipped when absent) and the documented-structure fixtures.</summary>
internal static class Pages
{
    public static string Real(string relative) => Decode(SharedData.Require("pages/" + relative));

    public static string Fixture(string name) => Decode(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static string Decode(string path) => BodyDecoder.Decode(File.ReadAllBytes(path), null);
}

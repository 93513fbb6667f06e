using System.Runtime.CompilerServices;

namespace Roadmap.Reports.Tests;

/// <summary>
/// Golden files under <c>Golden/</c> of this project. Set <c>ROADMAP_UPDATE_GOLDEN=1</c> to rewrite them from the
/// current output (then review the diff), e.g. <c>ROADMAP_UPDATE_GOLDEN=1 dotnet test tests/Roadmap.Reports.Tests</c>.
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "ROADMAP_UPDATE_GOLDEN";

    public static void Verify(string name, byte[] actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"golden file {path} is missing: run the tests once with {UpdateVariable}=1");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            File.WriteAllBytes(path + ".actual", actual);
            Assert.Fail($"{name} differs from its golden file; the output was written to {path}.actual (compare, then rerun with {UpdateVariable}=1 if the change is intended)");
        }
    }
}

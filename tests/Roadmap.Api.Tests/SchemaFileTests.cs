using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests;

/// <summary>The served schema is the one in schema/roadmap.graphql: a change to the API is a change to that file, reviewed.</summary>
public sealed class SchemaFileTests(SeededServer server) : IClassFixture<SeededServer>
{
    public static string SchemaFile => Path.Combine(SharedData.RepoRoot, "schema", "roadmap.graphql");

    [Fact]
    public void ServedSchema_MatchesSchemaFile()
    {
        // Arrange
        var served = Print(server.Factory.Services.GetRequiredService<ISchema>());
        var onDisk = File.Exists(SchemaFile) ? File.ReadAllText(SchemaFile).ReplaceLineEndings("\n") : "(missing)";

        // Act & Assert
        if (served != onDisk)
        {
            var actual = Path.Combine(Path.GetDirectoryName(SchemaFile)!, "roadmap.graphql.received");
            File.WriteAllText(actual, served);
            Assert.Fail($"The served schema differs from {SchemaFile}. The served SDL was written to {actual}; if the change is intended, move it over the file:\n\n{served}");
        }
    }

    internal static string Print(ISchema schema) =>
        "# The Roadmap GraphQL schema, as served. Checked by tests/Roadmap.Api.Tests/SchemaFileTests.cs.\n\n"
        + schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}

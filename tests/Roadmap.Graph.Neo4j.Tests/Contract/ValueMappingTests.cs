using System.Text;
using System.Text.Json;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.Tests.Contract;

/// <summary>Parameters go out as Neo4j reads them; plain JSON comes back as the matching .NET values.</summary>
public sealed class ValueMappingTests
{
    [Fact]
    public void Parameters_AreWrittenAsNeo4jJson()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["null"] = null,
            ["flag"] = true,
            ["int"] = 42,
            ["long"] = 9007199254740993L,
            ["whole"] = 2.0,
            ["float"] = 4.56,
            ["text"] = "ISO/TC 307",
            ["list"] = new[] { "a", "b" },
            ["map"] = new Dictionary<string, object?> { ["nested"] = new List<object?> { 1, null } },
        };

        Write(parameters).ShouldBe("""{"null":null,"flag":true,"int":42,"long":9007199254740993,"whole":2.0,"float":4.56,"text":"ISO/TC 307","list":["a","b"],"map":{"nested":[1,null]}}""");
    }

    [Fact]
    public void UnsupportedParameter_IsRefused() =>
        Should.Throw<ArgumentException>(() => Write(new Dictionary<string, object?> { ["x"] = new Uri("http://x") }));

    [Fact]
    public void PlainJson_IsReadAsDotNetValues()
    {
        using var json = JsonDocument.Parse("""[1, 2.5, "s", true, null, [1, {"a": null}], {"k": [1, 2]}]""");

        var values = (List<object?>)Neo4jValues.Read(json.RootElement, typed: false)!;

        values[0].ShouldBe(1L);
        values[1].ShouldBe(2.5);
        values[2].ShouldBe("s");
        values[3].ShouldBe(true);
        values[4].ShouldBeNull();
        ((Dictionary<string, object?>)((List<object?>)values[5]!)[1]!)["a"].ShouldBeNull();
        ((Dictionary<string, object?>)values[6]!)["k"].ShouldBe(new List<object?> { 1L, 2L });
    }

    [Fact]
    public void PlainJson_ThatLooksTyped_IsLeftAloneUnlessTheResponseIsTyped()
    {
        using var json = JsonDocument.Parse("""{"$type":"Integer","_value":"1"}""");

        Neo4jValues.Read(json.RootElement, typed: false).ShouldBeOfType<Dictionary<string, object?>>();
        Neo4jValues.Read(json.RootElement, typed: true).ShouldBe(1L);
    }

    private static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Neo4jValues.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

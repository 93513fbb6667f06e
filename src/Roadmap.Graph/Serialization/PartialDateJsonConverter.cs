using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Core.Documents;

namespace Roadmap.Graph.Serialization;

/// <summary>Writes a <see cref="PartialDate"/> as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, never padding a missing day.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("invalid partial date");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

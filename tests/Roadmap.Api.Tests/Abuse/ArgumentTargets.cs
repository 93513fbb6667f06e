using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// Every argument of every query field, and every field of the input objects those arguments take, read from the
/// served schema by introspection: the abuse suite covers whatever filters the schema has, new ones included.
/// </summary>
internal sealed record ArgumentTarget(string Field, string Argument, string? InputField, string VariableType, string NamedType, string TypeKind, string Query)
{
    public override string ToString() => InputField is null ? $"{Field}({Argument})" : $"{Field}({Argument}.{InputField})";
}

internal static class ArgumentTargets
{
    public const string IntrospectionQuery = """
        {
          __schema {
            queryType { fields { name args { name type { ...TypeRef } } type { ...TypeRef } } }
            types { name kind inputFields { name type { ...TypeRef } } enumValues { name } }
          }
        }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    public static IReadOnlyList<ArgumentTarget> From(JsonNode schema)
    {
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!, StringComparer.Ordinal);
        var targets = new List<ArgumentTarget>();
        foreach (var field in schema["queryType"]!["fields"]!.AsArray().Select(f => f!))
        {
            var name = field["name"]!.GetValue<string>();
            var args = field["args"]!.AsArray().Select(a => a!).ToList();
            var selection = IsComposite(Named(field["type"]!)) ? " { __typename }" : string.Empty;
            foreach (var arg in args)
            {
                var argName = arg["name"]!.GetValue<string>();
                var others = string.Concat(args.Where(a => a != arg && a!["type"]!["kind"]!.GetValue<string>() == "NON_NULL").Select(a => $", {a!["name"]}: {Placeholder(a["type"]!, types)}"));
                var named = Named(arg["type"]!);
                if (named["kind"]!.GetValue<string>() == "INPUT_OBJECT")
                {
                    var input = types[named["name"]!.GetValue<string>()];
                    foreach (var inputField in input["inputFields"]!.AsArray().Select(f => f!))
                    {
                        var fieldName = inputField["name"]!.GetValue<string>();
                        var leaf = Named(inputField["type"]!);
                        targets.Add(new ArgumentTarget(
                            name, argName, fieldName, TypeText(inputField["type"]!), leaf["name"]!.GetValue<string>(), leaf["kind"]!.GetValue<string>(),
                            $"query($v: {TypeText(inputField["type"]!)}) {{ {name}({argName}: {{ {fieldName}: $v }}{others}){selection} }}"));
                    }

                    continue;
                }

                targets.Add(new ArgumentTarget(
                    name, argName, null, TypeText(arg["type"]!), named["name"]!.GetValue<string>(), named["kind"]!.GetValue<string>(),
                    $"query($v: {TypeText(arg["type"]!)}) {{ {name}({argName}: $v{others}){selection} }}"));
            }
        }

        return targets;
    }

    private static bool IsComposite(JsonNode named) => named["kind"]!.GetValue<string>() is "OBJECT" or "INTERFACE" or "UNION";

    private static JsonNode Named(JsonNode type) => type["ofType"] is { } inner && type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST" ? Named(inner) : type;

    private static string TypeText(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeText(type["ofType"]!) + "!",
        "LIST" => "[" + TypeText(type["ofType"]!) + "]",
        _ => type["name"]!.GetValue<string>(),
    };

    /// <summary>A valid literal for a required argument that is not the one under test.</summary>
    private static string Placeholder(JsonNode type, Dictionary<string, JsonNode> types)
    {
        var named = Named(type);
        return (named["kind"]!.GetValue<string>(), named["name"]!.GetValue<string>()) switch
        {
            ("ENUM", var enumName) => types[enumName]["enumValues"]![0]!["name"]!.GetValue<string>(),
            (_, "Int" or "Float") => "1",
            (_, "Boolean") => "false",
            _ => "\"ISO 22739\"",
        };
    }
}

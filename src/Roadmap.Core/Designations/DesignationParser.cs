using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Core.Designations;

/// <summary>One parser and normaliser for every body's reference format.</summary>
public static class DesignationParser
{
    public static DesignationResult Parse(string? text) => throw new NotSupportedException("designation parser not written yet");

    public static bool TryParse(string? text, [NotNullWhen(true)] out Designation? designation)
    {
        designation = Parse(text).Value;
        return designation is not null;
    }
}

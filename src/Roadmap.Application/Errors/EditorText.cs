namespace Roadmap.Application.Errors;

/// <summary>The rules of what editors type: statements and notes are trimmed, never empty, at most <see cref="MaxLength"/> characters; priorities lie in 0–100.</summary>
public static class EditorText
{
    public const int MaxLength = 4000;

    public static string Require(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Length switch
        {
            0 => throw new InvalidInputException($"{name} must not be empty"),
            > MaxLength => throw new InvalidInputException($"{name} is longer than {MaxLength} characters"),
            _ => trimmed,
        };
    }

    /// <summary>An optional note: null or blank is no note.</summary>
    public static string? Optional(string? text, string name) => string.IsNullOrWhiteSpace(text) ? null : Require(text, name);

    public static double Priority(double priority) => priority is >= 0 and <= 100 && double.IsFinite(priority)
        ? priority
        : throw new InvalidInputException($"priority must be between 0 and 100; got {priority}");
}

namespace Roadmap.Core.Designations;

/// <summary>The outcome of parsing: a designation, or the reason none could be read. Never a guess.</summary>
public sealed record DesignationResult(Designation? Value, string? Error)
{
    public bool Success => Value is not null;

    public static DesignationResult Ok(Designation value) => new(value, null);

    public static DesignationResult Fail(string error) => new(null, error);
}

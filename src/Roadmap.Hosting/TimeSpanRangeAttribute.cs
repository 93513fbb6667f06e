using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Roadmap.Hosting;

/// <summary>
/// A <see cref="TimeSpan"/> option between two bounds. <c>[Range(typeof(TimeSpan), "…", "…")]</c> turns its string
/// bounds into values on first use, inside the shared attribute and without a lock: two hosts validating their options at
/// once (the tests start several) could read a bound half converted and fail with an InvalidCastException. These bounds
/// are parsed once, here.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"The field {name} must be between {Minimum} and {Maximum}.");
}

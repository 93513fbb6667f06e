using System.CommandLine.Parsing;

namespace Roadmap.Cli;

/// <summary>Reading an option's value inside a validator, where the value may not have converted.</summary>
internal static class OptionValues
{
    /// <summary>
    /// The option's value, or false when its text does not convert: the parser reports that itself ("--limit 'abc' is not
    /// a whole number"), and a validator that read the value anyway would throw instead of adding its own error.
    /// </summary>
    public static bool TryValue<T>(this OptionResult result, out T? value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>Adds "must be between" to a whole-number option outside [min, max].</summary>
    public static void Between(this System.CommandLine.Option<int> option, int min, int max) =>
        option.Validators.Add(r =>
        {
            if (r.TryValue<int>(out var value) && (value < min || value > max))
            {
                r.AddError($"{option.Name} must be between {min} and {max} (got {value})");
            }
        });
}

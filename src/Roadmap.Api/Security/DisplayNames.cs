using System.Text.RegularExpressions;

namespace Roadmap.Api.Security;

/// <summary>
/// Who made an edit, as readers see it: the key's name only. Edits record "name (key id)" (<see cref="Caller.AuditName"/>)
/// so the audit trail, which editors and admins read, can tell two keys of one name apart; a key id is no one else's
/// business, and an id handed out is one half of a key.
/// </summary>
internal static partial class DisplayNames
{
    public static string Of(string recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var match = WithKeyId().Match(recorded);
        return match.Success ? match.Groups["name"].Value : recorded;
    }

    // The ids ApiKeySecrets.Create makes: 'k' and 12 lower-case hex digits.
    [GeneratedRegex(@"^(?<name>.*) \(k[0-9a-f]{12}\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex WithKeyId();
}

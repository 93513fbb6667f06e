using System.Text;

namespace Roadmap.Core.Graph;

/// <summary>Opaque keyset cursors: the sort value and the key of the last item seen, so pages never skip or repeat.</summary>
public static class Cursor
{
    public static string Encode(string sortValue, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sortValue}\u001f{key}"));

    /// <exception cref="ArgumentException">The cursor was not made by <see cref="Encode"/>.</exception>
    public static (string SortValue, string Key) Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var split = text.IndexOf('\u001f', StringComparison.Ordinal);
            return split < 0 ? throw new ArgumentException("invalid cursor", nameof(cursor)) : (text[..split], text[(split + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("invalid cursor", nameof(cursor), ex);
        }
    }
}

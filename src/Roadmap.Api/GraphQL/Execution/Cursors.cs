using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Execution;

internal static class Cursors
{
    /// <summary>Rejects a cursor the server did not make, with a clear error instead of a store failure.</summary>
    public static string? Check(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            _ = Cursor.Decode(cursor);
            return cursor;
        }
        catch (ArgumentException)
        {
            throw ErrorCodes.Error(ErrorCodes.BadUserInput, "after: not a cursor of this API; pass pageInfo.endCursor of the previous page");
        }
    }
}

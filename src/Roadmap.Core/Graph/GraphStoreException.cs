namespace Roadmap.Core.Graph;

/// <summary>The store cannot be used: missing, corrupt, foreign, or unreachable. The message says which, for a person.</summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

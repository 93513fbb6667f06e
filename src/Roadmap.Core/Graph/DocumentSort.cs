namespace Roadmap.Core.Graph;

public enum DocumentSort
{
    Key,
    Title,
    Published,
}

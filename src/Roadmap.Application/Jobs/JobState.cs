namespace Roadmap.Application.Jobs;

public enum JobState
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

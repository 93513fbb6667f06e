namespace Roadmap.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RuntimeError = 1;
    public const int BadUsage = 2;
}

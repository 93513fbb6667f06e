using Roadmap.Cli;

// `roadmap <verb>`: exit 0 ok, 1 runtime error, 2 bad usage.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

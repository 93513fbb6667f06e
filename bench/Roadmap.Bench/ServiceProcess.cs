using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Roadmap.Api;

namespace Roadmap.Bench;

/// <summary>
/// The real API host in a child process (<c>dotnet Roadmap.Api.dll</c>) on a data folder, on a free loopback port, so its
/// memory is its own: <see cref="Memory"/> reads VmRSS and VmHWM from <c>/proc/PID/status</c>.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Pid => _process.Id;

    public static async Task<ServiceProcess> StartAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(HostAssembly());
        info.Environment["Roadmap__Data"] = dataFolder;
        info.Environment["Roadmap__Api__AnonymousRead"] = "true";
        info.Environment["Roadmap__Api__RateLimit__Enabled"] = "false"; // the load generator is one client at full speed
        info.Environment["Roadmap__Search__SyncInterval"] = "00:00:10";
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the service");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, address);
        await service.WaitUntilReadyAsync(cancellationToken);
        return service;
    }

    /// <summary>Resident set now and its peak so far (VmRSS, VmHWM), in bytes.</summary>
    public (long Rss, long Peak) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (rss, peak);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with code {_process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await client.GetAsync("/readyz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("the service did not become ready within 10 minutes");
    }

    /// <summary>Roadmap.Api.dll as built beside this benchmark (a referenced executable project keeps its runtimeconfig).</summary>
    private static string HostAssembly()
    {
        var beside = typeof(RoadmapServer).Assembly.Location;
        if (File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        throw new FileNotFoundException($"{Path.ChangeExtension(beside, ".runtimeconfig.json")} is missing; build bench/Roadmap.Bench again");
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

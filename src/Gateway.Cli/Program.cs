using System.Runtime.InteropServices;

namespace Gateway.Cli;

/// <summary>Starts the <c>gateway</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Ctrl+C and SIGTERM (a service manager, a container stop) cancel the command's token: long-running verbs
        // (simulate, worker, batch) stop cleanly instead of being cut off.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            // The first signal asks the command to stop; a second one, if it is stuck, ends the process as usual.
            context.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return GatewayCommand.Run(args, Console.Out, Console.Error, stop.Token);
    }
}

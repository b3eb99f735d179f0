namespace Gateway.Cli;

/// <summary>Starts the <c>gateway</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => GatewayCommand.Run(args, Console.Out, Console.Error);
}

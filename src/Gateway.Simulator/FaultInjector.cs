namespace Gateway.Simulator;

/// <summary>Draws faults from a seeded sequence, one draw per request, so a run can be repeated.</summary>
internal sealed class FaultInjector(SimulatorOptions options)
{
    private readonly Random _random = new(options.Seed);
    private readonly Lock _lock = new();
    private double _rate = options.FaultRate;

    public double Rate
    {
        get => Volatile.Read(ref _rate);
        set => Volatile.Write(ref _rate, value);
    }

    public SimulatedFault? Next()
    {
        var rate = Rate;
        if (rate <= 0 || options.Faults.Count == 0)
        {
            return null;
        }

        lock (_lock)
        {
            var roll = _random.NextDouble();
            var kind = _random.Next(options.Faults.Count);
            return roll < rate ? options.Faults[kind] : null;
        }
    }
}

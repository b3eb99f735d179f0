using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Gateway.Sdk.Benchmarks.DeclarationXmlBenchmarks).Assembly).Run(args);

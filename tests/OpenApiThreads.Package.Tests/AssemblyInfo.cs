using OpenApiThreads.Package.Tests.Infrastructure;
using Xunit;

// One pack serves every test: packing is the slowest step after the consumer's builds.
[assembly: AssemblyFixture(typeof(PackedGenerator))]

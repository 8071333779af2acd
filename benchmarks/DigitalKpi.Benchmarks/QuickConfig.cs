using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace DigitalKpi.Benchmarks;

/// <summary>A short job so that every suite runs in a few minutes on a 2-core machine: 1 launch, 2 warm-up and 5 measured iterations.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QuickJobAttribute : JobConfigBaseAttribute
{
    public QuickJobAttribute()
        : base(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Quick"))
    {
    }
}

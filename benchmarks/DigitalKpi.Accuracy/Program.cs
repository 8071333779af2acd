using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DigitalKpi.Accuracy;

/// <summary>
/// Accuracy harness: fits each series' train part, forecasts its horizon, and prints
/// <c>method,series,smape,mase,coverage80,coverage95,seconds</c> (series = number of series).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return Score(args);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException or SeriesException)
        {
            // Bad input files (named with line and column), files that cannot be read or written, and a method that
            // cannot forecast a series: leaving that series out would score the method on fewer series than the others.
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Score(string[] args)
    {
        string? train = null, test = null, info = null, method = null, forecasts = null, parameters = null;
        for (var i = 0; i < args.Length; i++)
        {
            var next = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--train": train = next; i++; break;
                case "--test": test = next; i++; break;
                case "--info": info = next; i++; break;
                case "--method": method = next; i++; break;
                case "--forecasts": forecasts = next; i++; break;
                case "--parameters": parameters = next; i++; break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'.");
                    return Usage();
            }
        }

        if (train is null || test is null || info is null || method is null)
        {
            return Usage();
        }

        var series = M3Data.Load(train, test, info);
        var names = method == "all" ? Methods.Names : method.Split(',');
        foreach (var name in names)
        {
            if (!Methods.Names.Contains(name))
            {
                Console.Error.WriteLine($"Unknown method '{name}'; known: {string.Join(", ", Methods.Names)}, all.");
                return 2;
            }
        }

        Console.WriteLine("method,series,smape,mase,coverage80,coverage95,seconds");
        StringBuilder? rows = forecasts is null ? null : new StringBuilder("series,h,mean,lower80,upper80,lower95,upper95\n");
        StringBuilder? pars = parameters is null ? null : new StringBuilder("method,series,name,estimate\n");
        foreach (var name in names)
        {
            var results = new SeriesForecast[series.Count];

            // Warm-up (JIT) on the first 20 series, not timed; R's timings exclude its start-up too.
            for (var i = 0; i < Math.Min(20, series.Count); i++)
            {
                var s = series[i];
                Run(name, s);
            }

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < series.Count; i++)
            {
                var s = series[i];
                results[i] = Run(name, s);
            }

            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"# {name}: wall {watch.Elapsed.TotalMilliseconds / series.Count:F3} ms/series, CPU {cpu.TotalMilliseconds / series.Count:F3} ms/series"));
            var score = Scores.Compute(series, results);
            if (score.MaseSeries < series.Count)
            {
                Console.Error.WriteLine($"# {name}: MASE over {score.MaseSeries} of {series.Count} series; the others have no in-sample seasonal naive error (their train part repeats at the seasonal lag).");
            }
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name},{series.Count},{score.Smape:F3},{score.Mase:F3},{score.Coverage80:F1},{score.Coverage95:F1},{watch.Elapsed.TotalSeconds:F3}"));
            if (pars is not null)
            {
                for (var i = 0; i < series.Count; i++)
                {
                    foreach (var parameter in results[i].Parameters)
                    {
                        pars.Append(string.Create(CultureInfo.InvariantCulture, $"{name},{series[i].Id},{parameter.Name},{parameter.Estimate:R}\n"));
                    }
                }
            }

            if (rows is not null)
            {
                for (var i = 0; i < series.Count; i++)
                {
                    var f = results[i];
                    for (var h = 0; h < f.Mean.Length; h++)
                    {
                        rows.Append(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{(names.Length > 1 ? name + ":" : string.Empty)}{series[i].Id},{h + 1},{f.Mean[h]:R},{f.Lower80[h]:R},{f.Upper80[h]:R},{f.Lower95[h]:R},{f.Upper95[h]:R}\n"));
                    }
                }
            }
        }

        if (rows is not null)
        {
            File.WriteAllText(forecasts!, rows.ToString());
        }

        if (pars is not null)
        {
            File.WriteAllText(parameters!, pars.ToString());
        }

        return 0;
    }

    private static SeriesForecast Run(string name, M3Series s)
    {
        try
        {
            return Methods.Run(name, s.Train, s.Frequency, s.Test.Length, s.StartTime);
        }
        catch (Exception e) when (e is DigitalKpi.Core.Forecasting.ForecastException or ArgumentException)
        {
            throw new SeriesException($"the {name} method cannot forecast series {s.Id} ({s.Train.Length} train values): {e.Message}", e);
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: DigitalKpi.Accuracy --train T.csv --test S.csv --info I.csv --method NAME[,NAME]|all [--forecasts F.csv] [--parameters P.csv]");
        return 2;
    }
}

/// <summary>A method refused one of the series; the message names both.</summary>
internal sealed class SeriesException(string message, Exception inner) : Exception(message, inner);

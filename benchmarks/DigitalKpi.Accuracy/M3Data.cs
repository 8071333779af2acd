using System.Globalization;

namespace DigitalKpi.Accuracy;

/// <summary>One series of the development set.</summary>
internal sealed record M3Series(string Id, double[] Train, double[] Test, int Frequency, double StartTime);

/// <summary>Reads the long-format train/test files and the info file (header <c>series,index,value</c>).</summary>
internal static class M3Data
{
    public static List<M3Series> Load(string trainPath, string testPath, string infoPath)
    {
        var train = ReadLong(trainPath);
        var test = ReadLong(testPath);
        var result = new List<M3Series>();
        foreach (var row in ReadTable(infoPath))
        {
            var id = row["series"];
            var frequency = int.Parse(row["frequency"], CultureInfo.InvariantCulture);
            var startYear = double.Parse(row["start_year"], CultureInfo.InvariantCulture);
            var startPeriod = int.Parse(row["start_period"], CultureInfo.InvariantCulture);
            var start = startYear + (Math.Max(startPeriod, 1) - 1.0) / frequency;
            var horizon = int.Parse(row["horizon"], CultureInfo.InvariantCulture);
            var y = train.TryGetValue(id, out var a) ? a : throw new FormatException($"Series {id} has no train values.");
            var z = test.TryGetValue(id, out var b) ? b : throw new FormatException($"Series {id} has no test values.");
            if (z.Length != horizon)
            {
                throw new FormatException($"Series {id}: {z.Length} test values, horizon {horizon}.");
            }

            result.Add(new M3Series(id, y, z, frequency, start));
        }

        return result;
    }

    private static Dictionary<string, double[]> ReadLong(string path)
    {
        var lists = new Dictionary<string, SortedList<int, double>>();
        foreach (var row in ReadTable(path))
        {
            var id = row["series"];
            if (!lists.TryGetValue(id, out var list))
            {
                list = [];
                lists[id] = list;
            }

            list[int.Parse(row["index"], CultureInfo.InvariantCulture)] = double.Parse(row["value"], CultureInfo.InvariantCulture);
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.Values.ToArray());
    }

    private static IEnumerable<Dictionary<string, string>> ReadTable(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',').Select(h => h.Trim().Trim('"')).ToArray()
            ?? throw new FormatException($"{path} is empty.");
        string? line;
        var number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != header.Length)
            {
                throw new FormatException($"{path} line {number}: {cells.Length} cells, expected {header.Length}.");
            }

            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = cells[i].Trim().Trim('"');
            }

            yield return row;
        }
    }
}

using System.Globalization;

namespace DigitalKpi.Accuracy;

/// <summary>One series of the development set.</summary>
internal sealed record M3Series(string Id, double[] Train, double[] Test, int Frequency, double StartTime);

/// <summary>
/// Reads the long-format train/test files (header <c>series,index,value</c>) and the info file (<c>series</c>,
/// <c>horizon</c>, <c>start_year</c>, <c>start_period</c>, <c>frequency</c>). Every error is a <see cref="FormatException"/>
/// that names the file, the line and the column.
/// </summary>
internal static class M3Data
{
    public static List<M3Series> Load(string trainPath, string testPath, string infoPath)
    {
        var train = ReadLong(trainPath);
        var test = ReadLong(testPath);
        var result = new List<M3Series>();
        var seen = new HashSet<string>();
        foreach (var row in ReadTable(infoPath, "series", "horizon", "start_year", "start_period", "frequency"))
        {
            var id = row.Text("series");
            if (!seen.Add(id))
            {
                throw row.Error($"series {id} is listed twice");
            }

            var frequency = row.Int("frequency", 1);
            var startYear = row.Double("start_year");
            var startPeriod = row.Int("start_period", 0);
            var start = startYear + ((Math.Max(startPeriod, 1) - 1.0) / frequency);
            var horizon = row.Int("horizon", 1);
            var y = train.TryGetValue(id, out var a) ? a : throw row.Error($"series {id} has no values in {trainPath}");
            var z = test.TryGetValue(id, out var b) ? b : throw row.Error($"series {id} has no values in {testPath}");
            if (z.Length != horizon)
            {
                throw row.Error($"series {id} has horizon {horizon} but {z.Length} values in {testPath}");
            }

            result.Add(new M3Series(id, y, z, frequency, start));
        }

        return result.Count > 0 ? result : throw new FormatException($"{infoPath} lists no series.");
    }

    private static Dictionary<string, double[]> ReadLong(string path)
    {
        var lists = new Dictionary<string, SortedList<int, double>>();
        foreach (var row in ReadTable(path, "series", "index", "value"))
        {
            var id = row.Text("series");
            if (!lists.TryGetValue(id, out var list))
            {
                list = [];
                lists[id] = list;
            }

            var index = row.Int("index", 1);
            if (!list.TryAdd(index, row.Double("value")))
            {
                throw row.Error($"series {id} has index {index} twice");
            }
        }

        foreach (var (id, list) in lists)
        {
            var first = list.Keys[0];
            if (list.Keys[^1] - first + 1 != list.Count)
            {
                throw new FormatException($"{path}: series {id} has indices {first} to {list.Keys[^1]} with gaps ({list.Count} values); each series' indices must be consecutive.");
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.Values.ToArray());
    }

    private static IEnumerable<Row> ReadTable(string path, params string[] required)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',').Select(h => h.Trim().Trim('"')).ToArray()
            ?? throw new FormatException($"{path} is empty; its first line must be a header with the columns {string.Join(", ", required)}.");
        if (header.Distinct().Count() != header.Length)
        {
            throw new FormatException($"{path} line 1: a column is named twice in the header ({string.Join(",", header)}).");
        }

        foreach (var column in required)
        {
            if (!header.Contains(column))
            {
                throw new FormatException($"{path} line 1: no column '{column}' in the header ({string.Join(",", header)}); needed: {string.Join(", ", required)}.");
            }
        }

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
                throw new FormatException($"{path} line {number}: {cells.Length} cells, expected {header.Length} ({string.Join(",", header)}).");
            }

            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = cells[i].Trim().Trim('"');
            }

            yield return new Row(path, number, row);
        }
    }

    /// <summary>One data line: its cells by column name, parsed with the file, line and column in every error.</summary>
    private sealed class Row(string path, int line, Dictionary<string, string> cells)
    {
        public string Text(string column) => cells[column].Length > 0 ? cells[column] : throw Error($"column '{column}' is empty");

        public double Double(string column)
        {
            var text = Text(column);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw Error($"column '{column}': '{text}' is not a finite number (invariant culture: '.' for decimals)");
        }

        public int Int(string column, int minimum)
        {
            var text = Text(column);
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
                ? value
                : throw Error($"column '{column}': '{text}' is not a whole number of at least {minimum}");
        }

        public FormatException Error(string message) => new($"{path} line {line}: {message}.");
    }
}

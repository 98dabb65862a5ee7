namespace AvisIngest.Cli;

/// <summary>
/// A command's arguments: positional values, flags ("--json") and options with a value
/// ("--index DIR" or "--index=DIR"). Each command declares which options it accepts.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <param name="flags">Options without a value.</param>
    /// <param name="valued">Options that take a value.</param>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> flags, IReadOnlyCollection<string> valued)
    {
        var positional = new List<string>();
        var parsed = new Arguments(positional);
        using var e = args.GetEnumerator();
        var onlyPositional = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositional || !arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                if (arg == "--" && !onlyPositional)
                    onlyPositional = true;
                else
                    positional.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[..eq] : arg;
            if (flags.Contains(name))
            {
                if (eq > 0)
                    throw new UsageException($"l'option {name} ne prend pas de valeur");
                parsed.options[name] = null;
            }
            else if (valued.Contains(name))
            {
                string value;
                if (eq > 0)
                    value = arg[(eq + 1)..];
                else if (e.MoveNext())
                    value = e.Current;
                else
                    throw new UsageException($"l'option {name} attend une valeur");
                parsed.options[name] = value;
            }
            else
            {
                throw new UsageException($"option inconnue : {name}");
            }
        }
        return parsed;
    }

    public bool Has(string option) => options.ContainsKey(option);

    public string? Value(string option) => options.GetValueOrDefault(option);

    public int? IntValue(string option, int min, int max)
    {
        if (Value(option) is not { } text)
            return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
            throw new UsageException($"{option} attend un nombre entier entre {min} et {max} (reçu « {text} »)");
        return value;
    }
}

using AvisIngest.Search;

namespace AvisIngest.Cli;

/// <summary>
/// A command's arguments, read against its <see cref="CommandSyntax"/>: positional values, flags
/// ("--json") and options with a value ("--index DIR" or "--index=DIR"; a repeatable option keeps
/// every value, others the last). "--" ends the options. An unknown option is refused with the
/// nearest known one.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional, string workingDirectory)
    {
        Positional = positional;
        WorkingDirectory = workingDirectory;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The folder the command runs from: where the search for the index starts.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Whether the arguments ask for the command's help (-h or --help before any "--").</summary>
    public static bool AsksForHelp(IEnumerable<string> args) => args.TakeWhile(a => a != "--").Any(a => a is "-h" or "--help");

    public static Arguments Parse(IEnumerable<string> args, CommandSyntax syntax, string? workingDirectory = null)
    {
        var positional = new List<string>();
        var parsed = new Arguments(positional, workingDirectory ?? Environment.CurrentDirectory);
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
            var option = syntax.Find(name) ?? throw Unknown(name, syntax);
            if (!option.TakesValue)
            {
                if (eq > 0)
                    throw new UsageException($"l'option {name} ne prend pas de valeur");
                parsed.options[name] = [];
                continue;
            }
            string value;
            if (eq > 0)
                value = arg[(eq + 1)..];
            else if (e.MoveNext())
                value = e.Current;
            else
                throw new UsageException($"l'option {name} attend une valeur ({option.ValueName})");
            if (option.Repeatable && parsed.options.TryGetValue(name, out var values))
                values.Add(value);
            else
                parsed.options[name] = [value];
        }
        return parsed;
    }

    public bool Has(string option) => options.ContainsKey(option);

    /// <summary>The option's value (the last one given), null when absent.</summary>
    public string? Value(string option) => options.GetValueOrDefault(option) is { Count: > 0 } values ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in order; "a,b" counts as two values only where the caller splits.</summary>
    public IReadOnlyList<string> Values(string option) => options.GetValueOrDefault(option) ?? [];

    public int? IntValue(string option, int min, int max) => Value(option) is { } text ? Int(option, text, min, max) : null;

    public IReadOnlyList<int> IntValues(string option, int min, int max) => Values(option).Select(v => Int(option, v, min, max)).ToList();

    private static int Int(string option, string text, int min, int max) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{option} attend un nombre entier entre {min} et {max} (reçu « {text} »)");

    private static UsageException Unknown(string name, CommandSyntax syntax)
    {
        var nearest = NearestWord.Find(name, syntax.Options.Select(o => o.Name).Append(CommandSyntax.Help.Name));
        return new UsageException($"option inconnue : {name}" + (nearest is null ? "" : $" (vouliez-vous dire « {nearest} » ?)") +
            $" ; « avis {syntax.Name} --help » liste les options");
    }
}

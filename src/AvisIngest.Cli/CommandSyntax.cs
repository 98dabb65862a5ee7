namespace AvisIngest.Cli;

/// <summary>One option a command accepts: "--campus C" (with a value) or "--json" (a flag).</summary>
/// <param name="ValueName">The value's name in the synopsis ("C", "DOSSIER"); null for a flag.</param>
/// <param name="Repeatable">Given several times, every value counts ("--campus A --campus B").</param>
public sealed record OptionSpec(string Name, string? ValueName, string Description, bool Repeatable = false)
{
    public bool TakesValue => ValueName is not null;

    public string Synopsis => TakesValue ? $"{Name} {ValueName}" : Name;
}

/// <summary>What a command accepts and how to use it: its synopsis, options and examples, shown by --help.</summary>
/// <param name="Operands">The positional arguments as the synopsis writes them ("REQUÊTE...", "FICHIER..."), empty if none.</param>
public sealed record CommandSyntax(string Name, string Operands, string Summary, IReadOnlyList<OptionSpec> Options, IReadOnlyList<string> Examples)
{
    /// <summary>The options every command answers to.</summary>
    public static readonly OptionSpec Help = new("--help", null, "affiche cette aide (aussi -h)");

    public string Synopsis => $"avis {Name}" + (Operands.Length > 0 ? $" {Operands}" : "") + (Options.Count > 0 ? " [options]" : "");

    public OptionSpec? Find(string name) => Options.FirstOrDefault(o => o.Name == name) ?? (name == Help.Name ? Help : null);

    public void WriteHelp(TextWriter writer)
    {
        writer.WriteLine($"{Synopsis}");
        writer.WriteLine();
        writer.WriteLine(Summary);
        writer.WriteLine();
        writer.WriteLine("Options :");
        var all = Options.Append(Help).ToList();
        var width = all.Max(o => o.Synopsis.Length) + 2;
        foreach (var option in all)
            writer.WriteLine($"  {option.Synopsis.PadRight(width)}{option.Description}" + (option.Repeatable ? " (répétable : l'une des valeurs)" : ""));
        if (Examples.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(Examples.Count == 1 ? "Exemple :" : "Exemples :");
            foreach (var example in Examples)
                writer.WriteLine($"  {example}");
        }
    }
}

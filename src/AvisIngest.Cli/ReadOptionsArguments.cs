using AvisIngest.Reading;

namespace AvisIngest.Cli;

/// <summary>The options every command that reads files accepts: --password, --max-size (MB), --timeout (seconds), --ocr.</summary>
public static class ReadOptionsArguments
{
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("--password", "MOT", "mot de passe des PDF chiffrés"),
        new("--max-size", "Mo", "taille maximale d'un fichier, en mégaoctets (100 par défaut)"),
        new("--timeout", "s", "durée maximale de lecture d'un fichier, en secondes (30 par défaut)"),
        new("--ocr", "auto|always|never", "lecture des pages scannées par OCR : auto (pages sans texte), always, never"),
    ];

    public static ReadOptions From(Arguments arguments)
    {
        var options = ReadOptions.Default;
        if (arguments.Value("--password") is { } password)
            options = options with { Password = password };
        if (arguments.IntValue("--max-size", 1, 100_000) is { } megabytes)
            options = options with { MaxFileBytes = megabytes * 1024L * 1024 };
        if (arguments.IntValue("--timeout", 1, 3600) is { } seconds)
            options = options with { Timeout = TimeSpan.FromSeconds(seconds) };
        if (arguments.Value("--ocr") is { } ocr)
        {
            options = options with
            {
                Ocr = ocr switch
                {
                    "auto" => OcrMode.Auto,
                    "always" => OcrMode.Always,
                    "never" => OcrMode.Never,
                    _ => throw new UsageException($"--ocr attend auto, always ou never (reçu « {ocr} »)"),
                },
            };
        }
        return options;
    }
}

namespace AvisIngest.Extraction.Values;

/// <summary>The words before a number that make it approximate ("environ 80", "près de 10 000").</summary>
public static class Approximation
{
    /// <summary>A regex fragment for one approximation marker, followed by its space.</summary>
    public const string Pattern =
        @"(?:environ|près d[e']|pres d[e']|plus d[e']|presque|quelque|autour d[e']|approximativement|de l'ordre d[e']|pas moins d[e'])\s*";
}

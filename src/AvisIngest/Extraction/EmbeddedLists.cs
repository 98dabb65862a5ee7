using System.Reflection;
using System.Security.Cryptography;

namespace AvisIngest.Extraction;

/// <summary>
/// The data lists carried inside the library (corpus/organizations/ and corpus/places/, as embedded
/// resources named "organizations/known.tsv", "places/communes.tsv"): opened by that name, and
/// hashed so that the reading's version changes with them.
/// </summary>
internal static class EmbeddedLists
{
    public static StreamReader Open(string name) =>
        new(Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"ressource manquante : {name}"));

    /// <summary>The first 8 hexadecimal digits of the SHA-256 of the lists, in this order.</summary>
    public static string Hash(params string[] names)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            using var reader = Open(name);
            using var buffer = new MemoryStream();
            reader.BaseStream.CopyTo(buffer);
            sha.AppendData(buffer.ToArray());
        }
        return Convert.ToHexString(sha.GetHashAndReset())[..8].ToLowerInvariant();
    }
}

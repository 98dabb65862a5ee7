using System.Security.Cryptography;
using System.Text;

namespace AvisIngest.Normalising;

/// <summary>
/// The hash of an opinion's normalised text: the same for its .txt and its .pdf, unlike the
/// hash of the file's bytes. Identifies unnumbered opinions and tells a changed opinion on import.
/// </summary>
public static class ContentHash
{
    public static string Of(NormalisedDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text)));
}

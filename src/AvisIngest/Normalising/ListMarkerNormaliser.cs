using System.Text.RegularExpressions;

namespace AvisIngest.Normalising;

/// <summary>
/// Bullets at the start of a line, whatever glyph the converter left (private-use symbol-font
/// glyphs such as U+F0B7, •, ◦, ▪, –, —, *), become the one marker "- ".
/// </summary>
public sealed partial class ListMarkerNormaliser : ILineNormaliser
{
    public const string Marker = "- ";

    public string Normalise(string line)
    {
        var match = LeadingBullet().Match(line);
        return match.Success ? Marker + line[match.Length..] : line;
    }

    // Expects a line already trimmed by SpaceNormaliser. A lone "-" followed by a space is a bullet;
    // "-2 %" or "-ci" is not.
    [GeneratedRegex(@"^(?:[\uE000-\uF8FF•◦▪▫■□●○►▸‣⁃∙·➢➤✓✔–—*]|-(?=\s))\s*")]
    private static partial Regex LeadingBullet();
}

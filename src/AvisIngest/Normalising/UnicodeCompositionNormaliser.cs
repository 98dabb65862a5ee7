using System.Text;

namespace AvisIngest.Normalising;

/// <summary>Composes accents (NFC) and expands the Latin ligatures U+FB00–FB06 that PDF fonts produce.</summary>
public sealed class UnicodeCompositionNormaliser : ILineNormaliser
{
    public string Normalise(string line)
    {
        if (line.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') >= 0)
        {
            var expanded = new StringBuilder(line.Length + 4);
            foreach (var c in line)
            {
                if (c is >= '\uFB00' and <= '\uFB06')
                    expanded.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                else
                    expanded.Append(c);
            }
            line = expanded.ToString();
        }
        return line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC);
    }
}

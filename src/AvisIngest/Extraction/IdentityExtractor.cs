using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction;

/// <summary>
/// The stable id: the opinion number, else "sha256:" and the first 16 hex digits of the normalised
/// text's hash, so that a .txt and a .pdf of the same unnumbered opinion share their id.
/// </summary>
public sealed class IdentityExtractor : IFieldExtractor
{
    /// <summary>What starts the id of an opinion without a number.</summary>
    public const string HashPrefix = "sha256:";

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        if (record.Number is { Length: > 0 } number)
        {
            record.Id = number;
            return;
        }
        record.Id = HashPrefix + ContentHash.Of(context.Document)[..16];
        record.Warnings.Add("numéro d'avis introuvable : l'identifiant est tiré du contenu");
    }
}

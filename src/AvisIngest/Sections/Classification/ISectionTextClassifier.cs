namespace AvisIngest.Sections.Classification;

/// <summary>
/// Guesses the kind of a section from its own text (what follows its heading), to be read with the
/// heading's guess (<see cref="IHeadingClassifier"/>): a heading of few words ("Synthèse",
/// "Éléments d'appréciation") says less than the paragraphs under it.
/// </summary>
public interface ISectionTextClassifier
{
    /// <summary>Null when no guess can be made (no model available).</summary>
    /// <param name="section">The section's text, its heading line first: the whole section, or at least its
    /// first <see cref="SectionExample.BodyLength"/> characters under the heading line.</param>
    HeadingPrediction? Classify(string section);
}

namespace AvisIngest.Normalising;

/// <summary>One character-level clean-up applied to each raw line, before lines are joined.</summary>
public interface ILineNormaliser
{
    string Normalise(string line);
}

using System.Globalization;
using System.Text;

namespace AvisIngest.Presentation;

/// <summary>
/// A file path as one printable line: a name may legally hold a newline, a tab or a terminal escape,
/// which would break a list of failures or drive the terminal. Those are shown escaped ("\n", "\u001B").
/// </summary>
public static class PathDisplay
{
    public static string Of(string path)
    {
        if (!path.Any(char.IsControl))
            return path;
        var shown = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            shown.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return shown.ToString();
    }
}

using System.Text;
using AvisIngest.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
try
{
    return AvisCommandLine.CreateDefault().Run(args, Console.Out, Console.Error);
}
catch (Exception e)
{
    // The last line of defence: a French line, never a stack trace.
    Console.Error.WriteLine($"avis : erreur interne ({e.GetType().Name} : {e.Message}). Merci de la signaler avec le fichier en cause.");
    return ExitCode.InternalError;
}

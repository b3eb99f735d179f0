using System.Diagnostics;

namespace Gateway.Sdk.Tests;

/// <summary>Runs an independent implementation (xmlsec1, openssl, xmllint, LibreOffice, poppler) for interop tests, saying which Debian package is missing when it is not installed.</summary>
internal static class ExternalTool
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal) { ["xmlsec1"] = "xmlsec1", ["openssl"] = "openssl", ["xmllint"] = "libxml2-utils", ["soffice"] = "libreoffice-calc-nogui libreoffice-writer-nogui", ["pdftotext"] = "poppler-utils", ["pdftoppm"] = "poppler-utils" };

    public static (int Exit, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            var package = Packages.GetValueOrDefault(tool, tool);
            throw new InvalidOperationException($"'{tool}' is not installed: install the Debian package {package} (apt-get install -y {package}); .ci/run does this");
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}

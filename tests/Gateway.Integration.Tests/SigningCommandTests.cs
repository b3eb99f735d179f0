
namespace Gateway.Integration.Tests;

/// <summary>The <c>gateway keygen|sign|verify</c> contract: files written, one-line messages, exit codes (keygen and sign 0/2; verify 0 valid, 1 invalid, 2 error).</summary>
public sealed class SigningCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gateway-sign-").FullName;

    [Theory]
    [InlineData("sm2", null, "sm2-w3")]
    [InlineData("sm2", "sm2-chinaport", "sm2-chinaport")]
    [InlineData("rsa", null, "rsa-sha1-ceb")]
    [InlineData("rsa", "rsa-sha256", "rsa-sha256")]
    public void KeygenSignVerify_GoldenDeclaration_RoundTripsWithTheChosenProfile(string algorithm, string? profile, string expected)
    {
        Prefix(Run("keygen", "--alg", algorithm, "--key", F("key.pem"), "--cert", F("cert.pem")), $"wrote {F("key.pem")} ({algorithm.ToUpperInvariant()} private key");

        string[] chosen = profile is null ? [] : ["--profile", profile];
        var sign = Run(["sign", Repository.Golden("export-general-trade.xml"), "-o", F("signed.xml"), "--key", F("key.pem"), "--cert", F("cert.pem"), .. chosen]);
        sign.ExitCode.ShouldBe(0, sign.Error);
        sign.Output.ShouldContain($"with {expected}");

        var verify = Run("verify", F("signed.xml"), "--cert", F("cert.pem"));
        Prefix(verify, $"{F("signed.xml")}: valid {expected} signature by ");
        verify.Output.ShouldEndWith("over <DecMessage>\n");
    }

    [Theory]
    [InlineData("sm2")]
    [InlineData("rsa")]
    public void Keygen_Subject_IsTheCertificatesSubjectAndIssuer(string algorithm)
    {
        const string subject = "CN=报关员 Zhang, O=Example Trading Co., C=CN";

        var keygen = Run("keygen", "--alg", algorithm, "--key", F("key.pem"), "--cert", F("cert.pem"), "--subject", subject);

        keygen.ExitCode.ShouldBe(0, keygen.Error);
        keygen.Output.ShouldContain($", {subject}, valid to ");
        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(F("cert.pem")));
        certificate.Subject.ShouldBe(subject);
        certificate.SubjectName.RawData.ShouldBe(new System.Security.Cryptography.X509Certificates.X500DistinguishedName(subject).RawData);
        certificate.IssuerName.RawData.ShouldBe(certificate.SubjectName.RawData);
    }

    [Fact]
    public void Verify_TamperedOrUntrusted_Exits1WithOneLine()
    {
        Run("keygen", "--alg", "sm2", "--key", F("key.pem"), "--cert", F("cert.pem"));
        Run("sign", Repository.Golden("export-general-trade.xml"), "-o", F("signed.xml"), "--key", F("key.pem"), "--cert", F("cert.pem"));
        File.WriteAllText(F("tampered.xml"), File.ReadAllText(F("signed.xml")).Replace("<NetWt>1620</NetWt>", "<NetWt>1621</NetWt>", StringComparison.Ordinal));

        var tampered = Run("verify", F("tampered.xml"), "--cert", F("cert.pem"));
        tampered.ExitCode.ShouldBe(1);
        tampered.Error.ShouldMatch($@"^{System.Text.RegularExpressions.Regex.Escape(F("tampered.xml"))}: error SIG008: .+\n$");

        var untrusted = Run("verify", F("signed.xml"));
        untrusted.ExitCode.ShouldBe(1);
        untrusted.Error.ShouldContain("error SIG010");
        untrusted.Error.ShouldContain("--cert");

        Run("verify", F("signed.xml"), "--trust-embedded").Output.ShouldContain("(trusted only because of --trust-embedded)");
    }

    [Fact]
    public void Sign_Problems_Exit2WithOneLineAndNoSecrets()
    {
        Run("keygen", "--alg", "rsa", "--key", F("key.pem"), "--cert", F("cert.pem"));

        var wrongProfile = Run("sign", Repository.Golden("export-general-trade.xml"), "-o", F("s.xml"), "--key", F("key.pem"), "--cert", F("cert.pem"), "--profile", "sm2-w3");
        wrongProfile.ExitCode.ShouldBe(2);
        wrongProfile.Error.ShouldMatch(@"^gateway: error SIG004: .+ choose a profile for RSA\n$");

        var unknown = Run("sign", Repository.Golden("export-general-trade.xml"), "-o", F("s.xml"), "--key", F("key.pem"), "--cert", F("cert.pem"), "--profile", "sm9");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("no signature profile named 'sm9'");

        File.WriteAllText(F("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n");
        var garbage = Run("sign", Repository.Golden("export-general-trade.xml"), "-o", F("s.xml"), "--key", F("garbage.pem"), "--password", "TopSecretPIN");
        garbage.ExitCode.ShouldBe(2);
        garbage.Error.ShouldStartWith("gateway: error KEY001: ");
        garbage.Error.ShouldNotContain("TopSecretPIN");

        Run("keygen", "--alg", "rsa", "--key", F("key.pem"), "--cert", F("cert.pem")).ExitCode.ShouldBe(2);
        Run("verify", F("missing.xml")).ExitCode.ShouldBe(2);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void Prefix((int ExitCode, string Output, string Error) actual, string outputStart)
    {
        actual.ExitCode.ShouldBe(0, actual.Error);
        actual.Output.ShouldStartWith(outputStart);
        actual.Error.ShouldBeEmpty();
    }

    private string F(string name) => Path.Combine(_dir, name);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Repository.Gateway(args);
}

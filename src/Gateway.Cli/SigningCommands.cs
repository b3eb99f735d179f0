using System.CommandLine;
using Gateway.Sdk.Signing;

namespace Gateway.Cli;

/// <summary>Implements <c>gateway keygen</c>, <c>gateway sign</c> and <c>gateway verify</c>.</summary>
internal static class SigningCommands
{
    public static Command Keygen(TextWriter output)
    {
        var algorithm = new Option<string>("--alg") { Description = "Key algorithm: sm2 or rsa (2048 bits).", Required = true };
        algorithm.AcceptOnlyFromAmong("sm2", "rsa");
        var key = new Option<string>("--key") { Description = "Where to write the private key (PKCS#8 PEM, unencrypted: a test key).", Required = true };
        var cert = new Option<string>("--cert") { Description = "Where to write the self-signed certificate (PEM).", Required = true };
        var subject = new Option<string>("--subject") { Description = "Subject distinguished name.", DefaultValueFactory = _ => "CN=Gateway.Sdk test signer, O=Gateway.Sdk, C=CN" };
        var days = new Option<int>("--days") { Description = "Validity in days.", DefaultValueFactory = _ => 365 };
        var force = new Option<bool>("--force") { Description = "Overwrite existing files." };
        var command = new Command("keygen", "Generate a test key and self-signed certificate (SM2 with SM3withSM2, or RSA with SHA256withRSA); exit 0 ok, 2 error.")
        {
            algorithm, key, cert, subject, days, force,
        };
        command.SetAction(parse =>
        {
            var (keyPath, certPath) = (parse.GetValue(key)!, parse.GetValue(cert)!);
            foreach (var path in new[] { keyPath, certPath }.Where(p => File.Exists(p) && !parse.GetValue(force)))
            {
                throw new IOException($"{path} exists: choose another path or pass --force");
            }

            var alg = parse.GetValue(algorithm) == "sm2" ? SignatureKeyAlgorithm.Sm2 : SignatureKeyAlgorithm.Rsa;
            var generated = KeyGenerator.Create(alg, parse.GetValue(subject)!, TimeSpan.FromDays(parse.GetValue(days)));
            File.WriteAllText(keyPath, generated.PrivateKeyPem);
            File.WriteAllText(certPath, generated.CertificatePem);
            var certificate = generated.Certificate();
            output.WriteLine($"wrote {keyPath} ({alg.ToString().ToUpperInvariant()} private key, unencrypted PKCS#8: for tests only) and {certPath} (serial {certificate.SerialNumber.ToLowerInvariant()}, {certificate.Subject}, valid to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd})");
            return GatewayCommand.Ok;
        });
        return command;
    }

    public static Command Sign(TextWriter output)
    {
        var input = new Argument<string>("IN") { Description = "The XML document to sign (UTF-8)." };
        var outPath = new Option<string>("-o", "--output") { Description = "Where to write the signed document.", Required = true };
        var key = new Option<string>("--key") { Description = "Private key: PEM (PKCS#8, SEC1, PKCS#1) or PKCS#12 (.pfx/.p12).", Required = true };
        var cert = new Option<string?>("--cert") { Description = "Certificate (PEM or DER) when the key file does not hold it." };
        var password = new Option<string?>("--password") { Description = "Password of an encrypted key or PKCS#12 file (or set GATEWAY_KEY_PASSWORD)." };
        var profile = new Option<string?>("--profile") { Description = $"Signature profile: {string.Join(", ", SignatureProfiles.Names)}; default sm2-w3 for SM2 keys, rsa-sha1-ceb (the E-Port RSA profile) for RSA keys." };
        var command = new Command("sign", "Add an enveloped XML signature as the last child of the root; exit 0 signed, 2 error.")
        {
            input, outPath, key, cert, password, profile,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(input)!;
            using var signer = LocalSigner.FromFiles(parse.GetValue(key)!, parse.GetValue(cert), parse.GetValue(password) ?? Environment.GetEnvironmentVariable("GATEWAY_KEY_PASSWORD"));
            var chosen = parse.GetValue(profile) is { } name
                ? SignatureProfiles.Get(name)
                : signer.KeyAlgorithm == SignatureKeyAlgorithm.Sm2 ? SignatureProfiles.Sm2W3 : SignatureProfiles.RsaSha1Ceb;
            byte[] signed;
            try
            {
                signed = await XmlSigner.SignAsync(File.ReadAllBytes(file), chosen, signer, cancellationToken).ConfigureAwait(false);
            }
            catch (SigningException e)
            {
                throw new SigningException(e.Code, $"{file}: {e.Message}");
            }

            File.WriteAllBytes(parse.GetValue(outPath)!, signed);
            output.WriteLine($"signed {file} -> {parse.GetValue(outPath)} with {chosen.Name} (certificate serial {signer.Certificate.SerialNumber.ToLowerInvariant()}, {signer.Certificate.Subject})");
            return GatewayCommand.Ok;
        });
        return command;
    }

    public static Command Verify(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("FILE") { Description = "The signed XML document." };
        var cert = new Option<string[]>("--cert") { Description = "Trusted signing certificate (PEM/DER) or public key (PEM); repeatable.", AllowMultipleArgumentsPerToken = true };
        var issuer = new Option<string[]>("--issuer") { Description = "Trusted CA certificate: accepts signing certificates it issued directly; repeatable." };
        var embedded = new Option<bool>("--trust-embedded") { Description = "Trust the certificate inside the signature (inspection only: anyone can embed a certificate)." };
        var profile = new Option<string[]>("--profile") { Description = $"Accept only these profiles (default: all of {string.Join(", ", SignatureProfiles.Names)})." };
        var referenceId = new Option<string?>("--reference-id") { Description = "Accept a Reference to this ID instead of URI=\"\"." };
        var command = new Command("verify", "Verify the signature and print the profile, signer and signed element; exit 0 valid, 1 invalid, 2 error.")
        {
            input, cert, issuer, embedded, profile, referenceId,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            if (!File.Exists(file))
            {
                throw new IOException($"{file}: file not found; check the path");
            }

            var options = new SignatureVerificationOptions
            {
                Trusted = [.. (parse.GetValue(cert) ?? []).Select(c => TrustedSigner.FromFile(c)), .. (parse.GetValue(issuer) ?? []).Select(c => TrustedSigner.FromFile(c, asIssuer: true))],
                TrustEmbeddedCertificate = parse.GetValue(embedded),
                Profiles = parse.GetValue(profile) is { Length: > 0 } names ? [.. names.Select(SignatureProfiles.Get)] : SignatureProfiles.All,
                ReferenceId = parse.GetValue(referenceId),
            };
            var result = XmlSignatureVerifier.Verify(File.ReadAllBytes(file), options);
            if (!result.IsValid)
            {
                error.WriteLine($"{file}: error {result.Code}: {GatewayCommand.OneLine(result.Message)}");
                return GatewayCommand.Invalid;
            }

            output.WriteLine($"{file}: {result.Message}{(options.TrustEmbeddedCertificate && options.Trusted.Count == 0 ? " (trusted only because of --trust-embedded)" : string.Empty)}");
            return GatewayCommand.Ok;
        });
        return command;
    }
}

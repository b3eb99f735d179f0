using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Transport;
using Gateway.Simulator;
using QuickStart;

// README:begin — file your first declaration (kept in sync with README.md by a test)
using var signer = KeyGenerator.Create(SignatureKeyAlgorithm.Sm2).ToSigner(); // a test key; use your company's certificate in production
await using var gateway = await GatewaySimulator.StartAsync(new() { RegisteredSigners = [signer.Certificate], ReceiptInterval = TimeSpan.FromMilliseconds(300) });
var declaration = ExportDeclarationSample.Create(clientSeqNo: $"EXP{DateTime.UtcNow:yyMMddHHmmssfff}");
new DeclarationValidator().Validate(declaration).ThrowIfInvalid();
var signed = await DeclarationSigner.SignAsync(declaration, signer);
var message = await GatewayMessage.EnvelopeAsync(new DeclarationXmlWriter().Write(signed), senderId: "DXPENT0000012345", signer: signer);
using var client = new GatewayClient(new() { Endpoint = gateway.BaseAddress, ApiKey = gateway.ApiKey, ReceiptPollInterval = TimeSpan.FromMilliseconds(100) });
var filed = await client.SubmitAsync(message);
Console.WriteLine($"Filed declaration {declaration.Sign.ClientSeqNo} as DXP message {filed.Filing.Id}; receipts:");
await foreach (var receipt in client.WatchAsync(filed.Filing.Id))
{
    Console.WriteLine(receipt);
}
// README:end

using System.Text;
using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Tests.Signing;
using Gateway.Sdk.Transport;
using QuickStart;

namespace Gateway.Sdk.Tests.Transport;

/// <summary>How a message is identified for idempotent delivery, and what counts as the same payload.</summary>
public class GatewayMessageTests
{
    private static readonly byte[] Declaration = new DeclarationXmlWriter().Write(ExportDeclarationSample.Create("EXP-ID-1"));

    [Fact]
    public void FromXml_BareDeclaration_IsIdentifiedByClientSeqNo()
    {
        var message = GatewayMessage.FromXml(Declaration);

        (message.Id, message.Family, message.MessageType, message.IsEnveloped).ShouldBe(("EXP-ID-1", "declaration", "DECMSG", false));
        message.Payload.ToArray().ShouldBe(Declaration);
    }

    [Fact]
    public void FromXml_DeclarationWithoutClientSeqNo_IsRefusedAsMsg001()
    {
        var declaration = ExportDeclarationSample.Create();
        var bytes = new DeclarationXmlWriter().Write(declaration with { Sign = declaration.Sign with { ClientSeqNo = null } });

        var error = Should.Throw<DocumentValidationException>(() => GatewayMessage.FromXml(bytes));

        error.Report.Issues.Single().Code.ShouldBe("MSG001");
        error.Report.Issues.Single().Message.ShouldContain("DecSign/ClientSeqNo");
    }

    [Fact]
    public void FromXml_UnknownRoot_IsRefusedAsGw001() =>
        Should.Throw<DocumentValidationException>(() => GatewayMessage.FromXml("<Order xmlns=\"urn:x\"/>"u8.ToArray())).Report.Issues.Single().Code.ShouldBe("GW001");

    [Fact]
    public async Task EnvelopeAsync_ThenFromXml_IsIdentifiedByCopMsgIdWithTheDeclarationAsPayload()
    {
        var enveloped = await GatewayMessage.EnvelopeAsync(Declaration, "DXPENT0000012345");

        var read = GatewayMessage.FromXml(enveloped.Content);

        (read.Id, read.Family, read.MessageType, read.IsEnveloped).ShouldBe((enveloped.Id, "declaration", "DECMSG", true));
        read.Payload.ToArray().ShouldBe(Declaration);
        var envelope = DxpEnvelope.Read(enveloped.Content).Value!;
        envelope.ReceiverIds.ShouldBe([DxpEnvelope.DeclarationReceiver]);
        envelope.FileName.ShouldBe($"DECMSG_{enveloped.Id}.xml");
    }

    [Fact]
    public async Task EnvelopeAsync_WithSigner_SignsTheEnvelopeWithTheChinaPortProfile()
    {
        using var signer = TestKeys.Sm2.ToSigner();
        var enveloped = await GatewayMessage.EnvelopeAsync(Declaration, "DXPENT0000012345", signer: signer, copMsgId: "FIXED-ID");

        enveloped.Id.ShouldBe("FIXED-ID");
        var result = XmlSignatureVerifier.Verify(enveloped.Content, TestKeys.Trusting(SignatureProfiles.Sm2ChinaPort));
        result.IsValid.ShouldBeTrue(result.Message);
        result.Profile!.Name.ShouldBe("sm2-chinaport");
    }

    [Fact]
    public async Task PayloadHash_SameContentSignedOrEnvelopedAnyNumberOfTimes_IsTheSame()
    {
        var bare = GatewayMessage.FromXml(Declaration);
        var signed = GatewayMessage.FromXml(TestKeys.Sign(Declaration, SignatureProfiles.Sm2W3));
        var signedAgain = GatewayMessage.FromXml(TestKeys.Sign(Declaration, SignatureProfiles.Sm2W3));
        var enveloped = await GatewayMessage.EnvelopeAsync(Declaration, "DXPENT0000012345");

        signed.Content.ToArray().ShouldNotBe(signedAgain.Content.ToArray(), "SM2 signatures are randomised");
        new[] { signed, signedAgain, enveloped }.Select(m => m.PayloadHash()).ShouldAllBe(h => h == bare.PayloadHash());
    }

    [Theory]
    [InlineData("changed value")]
    [InlineData("signature not the last child")]
    public void PayloadHash_ChangedContent_Differs(string change)
    {
        var signed = Encoding.UTF8.GetString(TestKeys.Sign(Declaration, SignatureProfiles.Sm2W3));
        var changed = change == "changed value"
            ? signed.Replace("<NetWt>", "<NetWt>1", StringComparison.Ordinal)
            : signed.Replace("</ds:Signature>", "</ds:Signature><DecFreeTxt/>", StringComparison.Ordinal);

        GatewayMessage.FromXml(Encoding.UTF8.GetBytes(changed)).PayloadHash().ShouldNotBe(GatewayMessage.FromXml(Declaration).PayloadHash());
    }
}

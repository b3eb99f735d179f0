using Gateway.Sdk.Documents.Declarations;
using Gateway.Sdk.Documents.Manifests;
using QuickStart;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class ManifestConfirmationTests
{
    [Theory]
    [InlineData("01", ManifestConfirmationState.Confirmed)]
    [InlineData("11", ManifestConfirmationState.Confirmed)]
    [InlineData("02", ManifestConfirmationState.Pending)]
    [InlineData("03", ManifestConfirmationState.Rejected)]
    [InlineData("12", ManifestConfirmationState.Held)]
    [InlineData("13", ManifestConfirmationState.Held)]
    public void Check_BillInAReceipt_TakesItsResult(string code, ManifestConfirmationState state)
    {
        var result = ManifestConfirmation.Check(Declaration("EGLV142050012345", "0MA3NW1MA"), [Receipt(("EGLV142050012345", null, code))]);
        result.State.ShouldBe(state);
        result.IsConfirmed.ShouldBe(state == ManifestConfirmationState.Confirmed);
        result.Message.ShouldStartWith($"bill EGLV142050012345: {code} ");
        result.Bill!.MasterBillId.ShouldBe("EGLV142050012345");
    }

    [Fact]
    public void Check_LaterReceipt_Wins()
    {
        var receipts = new[] { Receipt(("EGLV142050012345", null, "03")), Receipt(("EGLV142050012345", null, "01")) };
        ManifestConfirmation.Check(Declaration("EGLV142050012345", null), receipts).State.ShouldBe(ManifestConfirmationState.Confirmed);
    }

    [Theory]
    [InlineData("EGLV142050012399*SHAHBL2611001")]
    [InlineData("EGLV142050012399_SHAHBL2611001")]
    public void Check_HouseBill_MatchesMasterSeparatorHouse(string billNo) =>
        ManifestConfirmation.Check(Declaration(billNo, null), [Receipt(("EGLV142050012399", "SHAHBL2611001", "01"), ("EGLV142050012399", "OTHER", "03"))]).State.ShouldBe(ManifestConfirmationState.Confirmed);

    [Fact]
    public void Check_OtherVoyage_IsNotTheManifest()
    {
        var result = ManifestConfirmation.Check(Declaration("EGLV142050012345", "9XX001"), [Receipt(("EGLV142050012345", null, "01"))]);
        result.State.ShouldBe(ManifestConfirmationState.NotFound);
        result.Message.ShouldContain("on voyage 9XX001");
    }

    [Fact]
    public void Check_MasterBillOnlyDoesNotMatchAHouseBill() =>
        ManifestConfirmation.Check(Declaration("EGLV142050012399", null), [Receipt(("EGLV142050012399", "SHAHBL2611001", "01"))]).State.ShouldBe(ManifestConfirmationState.NotFound);

    [Fact]
    public void Check_NoBillOnTheDeclaration_SaysSo() =>
        ManifestConfirmation.Check(Declaration(null, null), [Receipt(("EGLV142050012345", null, "01"))]).State.ShouldBe(ManifestConfirmationState.NoBill);

    private static CustomsDeclaration Declaration(string? bill, string? voyage)
    {
        var declaration = ExportDeclarationSample.Create("EXP-LINK");
        return declaration with
        {
            Head = declaration.Head with { BillOfLadingNumber = bill },
            FreeText = (declaration.FreeText ?? new DeclarationFreeText()) with { VoyageNumber = voyage },
        };
    }

    private static ManifestReceipt Receipt(params (string Master, string? House, string Code)[] bills) => new()
    {
        Head = ManifestSamples.Head(ManifestMessageType.Receipt),
        JourneyId = "0MA3NW1MA",
        Bills = [.. bills.Select(static b => new ManifestBillResult { MasterBillId = b.Master, HouseBillId = b.House, Response = new ManifestResponse(new ManifestResponseCode(b.Code)) })],
    };
}

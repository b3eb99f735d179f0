using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Tests.Documents.Manifests;

public class ManifestValidatorTests
{
    private readonly ManifestValidator _validator = new();

    [Fact]
    public void Validate_Samples_AreValid()
    {
        foreach (var (name, manifest) in ManifestSamples.All())
        {
            _validator.Validate(manifest).Issues.ShouldBeEmpty(name);
        }
    }

    public static TheoryData<string, Func<CargoManifest, CargoManifest>, string, string> Broken() => new()
    {
        { "no message id", m => m with { Head = m.Head with { MessageId = "" } }, "MAN001", "/Manifest/Head/MessageID" },
        { "no message type", m => m with { Head = m.Head with { MessageType = default } }, "MAN001", "/Manifest/Head/MessageType" },
        { "no send time", m => m with { Head = m.Head with { SendTime = null } }, "MAN001", "/Manifest/Head/SendTime" },
        { "receiver not an office", m => m with { Head = m.Head with { ReceiverId = "22" } }, "MAN004", "/Manifest/Head/ReceiverID" },
        { "no carrier", m => Declaration(m, d => d with { CarrierId = null }), "MAN001", "/Manifest/Declaration/Carrier/ID" },
        { "no vessel", m => Declaration(m, d => d with { BorderTransportMeans = null }), "MAN001", "/Manifest/Declaration/BorderTransportMeans" },
        { "no voyage", m => Declaration(m, d => d with { BorderTransportMeans = d.BorderTransportMeans! with { JourneyId = null } }), "MAN001", "/Manifest/Declaration/BorderTransportMeans/JourneyID" },
        { "IMO check digit", m => Declaration(m, d => d with { BorderTransportMeans = d.BorderTransportMeans! with { Id = "UN9321484" } }), "MAN011", "/Manifest/Declaration/BorderTransportMeans/ID" },
        { "exit office shape", m => Declaration(m, d => d with { ExitCustomsOfficeId = "SHA" }), "MAN004", "/Manifest/Declaration/ExitCustomsOffice/ID" },
        { "no consignment", m => Declaration(m, d => d with { Consignments = [] }), "MAN001", "/Manifest/Declaration" },
        { "no master bill", m => Bill(m, c => c with { MasterBillId = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/TransportContractDocument/ID" },
        { "no loading port", m => Bill(m, c => c with { LoadingLocation = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/LoadingLocation/ID" },
        { "loading port not a LOCODE", m => Bill(m, c => c with { LoadingLocation = new ManifestLocation { Id = "SHANGHAI" } }), "MAN012", "/Manifest/Declaration/Consignment[1]/LoadingLocation/ID" },
        { "LOCODE with a bad customs suffix", m => Bill(m, c => c with { UnloadingLocation = new ManifestLocation { Id = "NLRTM/ABC" } }), "MAN012", "/Manifest/Declaration/Consignment[1]/UnloadingLocation/ID" },
        { "transhipment port not a LOCODE", m => Bill(m, c => c with { TranshipmentLocationIds = ["SG1N0"] }), "MAN012", "/Manifest/Declaration/Consignment[1]/TranshipmentLocation[1]/ID" },
        { "routing country shape", m => Bill(m, c => c with { RoutingCountryCodes = ["CHN"] }), "MAN004", "/Manifest/Declaration/Consignment[1]/RoutingCountryCode[1]" },
        { "currency shape", m => Bill(m, c => c with { ValueCurrency = "usd" }), "MAN004", "/Manifest/Declaration/Consignment[1]/ValueAmount/@CurrencyTypeCode" },
        { "no packages", m => Bill(m, c => c with { PackageQuantity = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/ConsignmentPackaging/QuantityQuantity" },
        { "no gross mass", m => Bill(m, c => c with { TotalGrossMass = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/TotalGrossMassMeasure" },
        { "no consignee", m => Bill(m, c => c with { Consignee = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/Consignee/Name" },
        { "no consignor", m => Bill(m, c => c with { Consignor = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/Consignor/Name" },
        { "party country shape", m => Bill(m, c => c with { Consignee = c.Consignee! with { Address = new PartyAddress { CountryCode = "nl" } } }), "MAN004", "/Manifest/Declaration/Consignment[1]/Consignee/Address/CountryCode" },
        { "no items", m => Bill(m, c => c with { Items = [] }), "MAN001", "/Manifest/Declaration/Consignment[1]" },
        { "gross masses disagree", m => Bill(m, c => c with { TotalGrossMass = 18700m }), "MAN013", "/Manifest/Declaration/Consignment[1]/TotalGrossMassMeasure" },
        { "item container not in the bill", m => Bill(m, c => c with { Items = [c.Items[0] with { ContainerIds = ["TGHU7654320"] }, c.Items[1]] }), "MAN014", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/EquipmentIdentification[1]/ID" },
        { "house bill twice", m => Declaration(m, d => d with { Consignments = [.. d.Consignments, d.Consignments[1]] }), "MAN015", "/Manifest/Declaration/Consignment[3]/AssociatedTransportDocument/ID" },
        { "master bill twice", m => Declaration(m, d => d with { Consignments = [d.Consignments[0], d.Consignments[0] with { }] }), "MAN015", "/Manifest/Declaration/Consignment[2]/TransportContractDocument/ID" },
        { "currency without value", m => Bill(m, c => c with { Value = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/ValueAmount" },
        { "negative volume", m => Bill(m, c => c with { GrossVolume = -1 }), "MAN004", "/Manifest/Declaration/Consignment[1]/GrossVolumeMeasure" },
        { "container check digit", m => Bill(m, c => c with { TransportEquipment = [c.TransportEquipment[0] with { ContainerId = "CSQU3054384" }, c.TransportEquipment[1]], Items = [c.Items[0] with { ContainerIds = [] }, c.Items[1]] }), "MAN010", "/Manifest/Declaration/Consignment[1]/TransportEquipment[1]/EquipmentIdentification/ID" },
        { "container twice", m => Bill(m, c => c with { TransportEquipment = [c.TransportEquipment[0], c.TransportEquipment[0]] , Items = [c.Items[0], c.Items[1] with { ContainerIds = [] }] }), "MAN018", "/Manifest/Declaration/Consignment[1]/TransportEquipment[2]/EquipmentIdentification/ID" },
        { "no container number", m => Bill(m, c => c with { TransportEquipment = [c.TransportEquipment[0], c.TransportEquipment[1] with { ContainerId = null }], Items = [c.Items[0], c.Items[1] with { ContainerIds = [] }] }), "MAN001", "/Manifest/Declaration/Consignment[1]/TransportEquipment[2]/EquipmentIdentification/ID" },
        { "size type shape", m => Bill(m, c => c with { TransportEquipment = [c.TransportEquipment[0] with { CharacteristicCode = "40HC1" }, c.TransportEquipment[1]] }), "MAN004", "/Manifest/Declaration/Consignment[1]/TransportEquipment[1]/CharacteristicCode" },
        { "fullness shape", m => Bill(m, c => c with { TransportEquipment = [c.TransportEquipment[0] with { FullnessCode = "F" }, c.TransportEquipment[1]] }), "MAN004", "/Manifest/Declaration/Consignment[1]/TransportEquipment[1]/FullnessCode" },
        { "no description", m => Item(m, i => i with { CargoDescription = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/Commodity/CargoDescription" },
        { "no line mass", m => Item(m, i => i with { GrossMass = null }), "MAN001", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/GoodsMeasure/GrossMassMeasure" },
        { "line numbering", m => Item(m, i => i with { SequenceNumber = 3 }), "MAN017", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/SequenceNumeric" },
        { "HS code shape", m => Item(m, i => i with { HsCode = "9405.42" }), "MAN004", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/Commodity/Classification/TariffClassificationCode" },
        { "UN number shape", m => Item(m, i => i with { DangerousGoodsCode = "UN3480" }), "MAN004", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/UNDGCode" },
        { "origin country shape", m => Item(m, i => i with { OriginCountryCode = "CHN" }), "MAN004", "/Manifest/Declaration/Consignment[1]/ConsignmentItem[1]/Origin/OriginCountryCode" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_PreStowageWithOneProblem_ReportsExactlyThatRule(string what, Func<CargoManifest, CargoManifest> breakIt, string code, string xpath)
    {
        var issues = _validator.Validate(breakIt(ManifestSamples.PreStowage())).Issues;
        issues.Select(static i => (i.Code, i.Location.XPath)).ShouldBe([(code, xpath)], what);
        issues[0].Location.PropertyPath.ShouldNotBeNullOrEmpty();
        issues[0].Severity.ShouldBe(ValidationSeverity.Error);
    }

    [Fact]
    public void Validate_MessageIdOfAnotherShape_WarnsMan016()
    {
        var issue = _validator.Validate(ManifestSamples.PreStowage() with { Head = ManifestSamples.PreStowage().Head with { MessageId = "SEA_2200_000123" } }).Issues.Single();
        (issue.Code, issue.Severity).ShouldBe(("MAN016", ValidationSeverity.Warning));
    }

    [Fact]
    public void Validate_Deletion_NeedsOnlyTheBill()
    {
        var delete = ManifestSamples.PreStowage() with
        {
            Head = ManifestSamples.Head(ManifestMessageType.PreStowageManifest, ManifestFunctionCode.Delete),
            Declaration = new ManifestDeclaration { BorderTransportMeans = new BorderTransportMeans { JourneyId = "0MA3NW1MA" }, Consignments = [new ManifestConsignment { MasterBillId = "EGLV142050012345" }] },
        };
        _validator.Validate(delete).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_WithoutRequiredParties_AcceptsABillWithoutConsigneeAndConsignor()
    {
        var manifest = Bill(ManifestSamples.PreStowage(), static c => c with { Consignee = null, Consignor = null });
        new ManifestValidator(new ManifestValidationOptions { RequireParties = false }).Validate(manifest).Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_GrossMassWithinTolerance_IsAccepted()
    {
        var manifest = Bill(ManifestSamples.PreStowage(), static c => c with { TotalGrossMass = 18650.505m });
        _validator.Validate(manifest).Issues.ShouldBeEmpty();
        new ManifestValidator(new ManifestValidationOptions { GrossMassTolerance = 0 }).Validate(manifest).Issues.Single().Code.ShouldBe("MAN013");
    }

    public static TheoryData<string, Func<CargoManifest, CargoManifest>, string, string> BrokenArrival() => new()
    {
        { "no office", m => Declaration(m, d => d with { DeclarationOfficeId = null }), "MAN001", "/Manifest/Declaration/DeclarationOfficeID" },
        { "no place", m => Declaration(m, d => d with { UnloadingLocation = null }), "MAN001", "/Manifest/Declaration/UnloadingLocation/ID" },
        { "arrival date shape", m => Declaration(m, d => d with { UnloadingLocation = d.UnloadingLocation! with { Date = "2026-11-24" } }), "MAN004", "/Manifest/Declaration/UnloadingLocation/ArrivalDate" },
        { "nothing reported", m => Declaration(m, d => d with { TransportEquipment = [] }), "MAN001", "/Manifest/Declaration" },
        { "container check digit", m => Declaration(m, d => d with { TransportEquipment = [d.TransportEquipment[0] with { ContainerId = "EGHU1234563" }] }), "MAN010", "/Manifest/Declaration/TransportEquipment[1]/EquipmentIdentification/ID" },
    };

    [Theory]
    [MemberData(nameof(BrokenArrival))]
    public void Validate_ArrivalReportWithOneProblem_ReportsExactlyThatRule(string what, Func<CargoManifest, CargoManifest> breakIt, string code, string xpath) =>
        _validator.Validate(breakIt(ManifestSamples.Arrival())).Issues.Select(static i => (i.Code, i.Location.XPath)).ShouldBe([(code, xpath)], what);

    [Fact]
    public void Validate_ArrivalReportWithoutVessel_OnlyWarns()
    {
        var issue = _validator.Validate(Declaration(ManifestSamples.Arrival(), static d => d with { BorderTransportMeans = null })).Issues.Single();
        (issue.Code, issue.Severity).ShouldBe(("MAN001", ValidationSeverity.Warning));
    }

    [Fact]
    public void Validate_RuleIssue_GetsLineAndColumnThroughTheDocumentValidator()
    {
        var bytes = new ManifestXmlWriter().Write(Item(ManifestSamples.PreStowage(), static i => i with { HsCode = "94054" }));
        var issue = new DocumentValidator().Validate(new MemoryStream(bytes)).Report.Issues.Single();
        issue.Code.ShouldBe("MAN004");
        issue.Location.Line.ShouldBeGreaterThan(60);
    }

    [Fact]
    public void Validate_MassesTooLargeToAdd_DoNotThrow()
    {
        var manifest = Bill(ManifestSamples.PreStowage(), static c => c with { TotalGrossMass = decimal.MaxValue, Items = [.. c.Items.Select(static i => i with { GrossMass = decimal.MaxValue })] });
        _validator.Validate(manifest).Issues.ShouldBeEmpty();
    }

    private static CargoManifest Declaration(CargoManifest m, Func<ManifestDeclaration, ManifestDeclaration> change) => m with { Declaration = change(m.Declaration) };

    private static CargoManifest Bill(CargoManifest m, Func<ManifestConsignment, ManifestConsignment> change) =>
        Declaration(m, d => d with { Consignments = [change(d.Consignments[0]), .. d.Consignments.Skip(1)] });

    private static CargoManifest Item(CargoManifest m, Func<ConsignmentItem, ConsignmentItem> change) =>
        Bill(m, c => c with { Items = [change(c.Items[0]), .. c.Items.Skip(1)] });
}

using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Manifests;
using Gateway.Sdk.OpenXml;
using Gateway.Sdk.Tests.Documents.Manifests;
using Gateway.Tests.Shared;

namespace Gateway.Sdk.Tests.OpenXml;

public class ManifestWorkbookTests
{
    /// <summary>Cases per property: 100 here (each writes and reads a workbook of up to three manifests); GATEWAY_PROPERTY_CASES raises it.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PROPERTY_CASES"), out var n) ? n : 100;

    internal static byte[] Workbook(IReadOnlyList<CargoManifest> manifests)
    {
        using var stream = new MemoryStream();
        ManifestWorkbook.Write(stream, manifests);
        return stream.ToArray();
    }

    [Fact]
    public void WriteThenRead_GeneratedManifests_ComeBackEqualWithoutConversionIssues()
    {
        var batches = Gen.Choose(1, 3).SelectMany(static k => Gen.ArrayOf(ManifestGenerators.Manifest(maxConsignments: 3, maxItems: 3, maxEquipment: 2), k))
            .Select(static ms => ms.Select(static (m, i) => Carried(m, i)).ToArray());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(batches.ToArbitrary(), manifests =>
        {
            var read = ManifestWorkbook.Read(new MemoryStream(Workbook(manifests)));
            read.Report.Issues.Where(static i => i.Code.StartsWith("WB", StringComparison.Ordinal) || i.Code == "MAN003").ShouldBeEmpty();
            read.Filings.Select(static f => f.Key).ShouldBe(manifests.Select(static (_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)));
            read.Filings.Select(static f => f.Document).ShouldBe(manifests);
        }));
    }

    [Fact]
    public void Read_TheSamples_AreValidManifests()
    {
        CargoManifest[] samples = [ManifestSamples.PreStowage(), ManifestSamples.Original(), ManifestSamples.Arrival(), ManifestSamples.Loading(ManifestMessageType.LoadingManifest)];
        var read = ManifestWorkbook.Read(new MemoryStream(Workbook(samples)));
        read.Report.Issues.ShouldBeEmpty();
        read.Filings.Select(static f => f.Document).ShouldBe(samples);
    }

    [Fact]
    public void Write_ThePreStowageSample_MatchesTheGoldenSheets()
    {
        // The layout is a contract with every workbook a broker has filled: a moved or renamed column shows here.
        var workbook = Workbook([ManifestSamples.PreStowage()]);
        var sheets = ManifestWorkbookLayout.Sheets.SelectMany(s => (IEnumerable<string>)[$"# {s.Name}", .. WorkbookRows.Read(workbook, s.Name).Select(static r => string.Join('\t', r).Replace("\n", "\\n", StringComparison.Ordinal))]);
        TestFiles.MatchesGolden(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', sheets) + "\n"), "manifest-workbook.tsv");
    }

    [Fact]
    public void Read_BlankMessageIdAndSendTime_AreMadeByTheMessageIds()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 1, 30, 15, 250, TimeSpan.Zero));
        var sample = ManifestSamples.PreStowage();
        var blank = sample with { Head = sample.Head with { MessageId = string.Empty, SendTime = null, Version = null } };

        var read = ManifestWorkbook.Read(new MemoryStream(Workbook([blank, blank])), messageIds: new ManifestMessageIds(clock));

        read.Report.Issues.ShouldBeEmpty();
        read.Filings.Select(static f => f.Document.Head.MessageId).ShouldBe(["CN_MT2101_1p1_2200123456789_00000001_20261122093015250", "CN_MT2101_1p1_2200123456789_00000001_20261122093015251"]);
        read.Filings[0].Document.ShouldBe(sample, "the id's time is the send time, and a blank version is 1.0");
    }

    [Fact]
    public void Read_PlantedErrors_AreEachReportedAtTheirCell()
    {
        // Manifest 1 (the pre-stowage sample): a mass that is not a number on the first bill, a bill without its port of
        // loading; a container with a wrong check digit (and the goods line it carries); an extra container naming a bill
        // that is not there; an extra goods line naming no bill (the manifest has two); a goods line carried in a container
        // its bill does not have; a column the sheet does not have. Manifest 2 repeats manifest 1's message id.
        var sample = ManifestSamples.PreStowage();
        var bytes = Edit(Workbook([sample, sample]), document =>
        {
            WorkbookEdits.Set(document, "提单 Bills", Column("Bills", "TotalGrossMass") + "3", "18,650.5 kg");
            WorkbookEdits.Set(document, "提单 Bills", Column("Bills", "LoadingLocation.Id") + "4", string.Empty);
            WorkbookEdits.Set(document, "集装箱 Containers", Column("Containers", "ContainerId") + "5", "TGHU7654321");
            WorkbookEdits.Set(document, "货物 Items", Column("Items", "ContainerIds") + "5", "TGHU7654321");
            WorkbookEdits.Set(document, "集装箱 Containers", "A9", "1");
            WorkbookEdits.Set(document, "集装箱 Containers", Column("Containers", "MasterBillId") + "9", "EGLV000000000000");
            WorkbookEdits.Set(document, "集装箱 Containers", Column("Containers", "ContainerId") + "9", "TEMU0000000");
            WorkbookEdits.Set(document, "货物 Items", "A9", "1");
            WorkbookEdits.Set(document, "货物 Items", Column("Items", "CargoDescription") + "9", "SPARE LAMPS");
            WorkbookEdits.Set(document, "货物 Items", Column("Items", "ContainerIds") + "4", "CSQU3054383; TGHU7654320");
            WorkbookEdits.Set(document, "舱单 Manifests", "ZZ2", "Colour");
            WorkbookEdits.Set(document, "舱单 Manifests", "ZZ3", "red");
        });

        var read = ManifestWorkbook.Read(new MemoryStream(bytes));

        read.Report.Issues.Select(static i => $"{i.Location.Cell} {i.Code}: {i.Message}").ShouldBe(
        [
            "'舱单 Manifests'!ZZ2 WB003: column 'Colour' is not a field of this sheet; it is ignored (check the header in row 2)",
            $"'提单 Bills'!{Column("Bills", "TotalGrossMass")}3 MAN003: TotalGrossMass '18,650.5 kg' is not a number such as 1250.5",
            $"'集装箱 Containers'!{Column("Containers", "MasterBillId")}9 WB009: manifest 1 has no bill EGLV000000000000 on the Bills sheet; add the bill or correct the number",
            $"'货物 Items'!{Column("Items", "MasterBillId")}9 WB009: this goods line names no bill and manifest 1 has 2 bills on the Bills sheet; fill in its MasterBillId (and HouseBillId)",
            $"'提单 Bills'!{Column("Bills", "TotalGrossMass")}3 MAN001: TotalGrossMassMeasure is missing: give the gross mass in kilograms",
            $"'提单 Bills'!{Column("Bills", "LoadingLocation.Id")}4 MAN001: ID is missing: give the port of loading (UN/LOCODE)",
            $"'集装箱 Containers'!{Column("Containers", "ContainerId")}5 MAN010: container number TGHU7654321 is not a valid ISO 6346 number: owner code, U/J/Z/R, 6 digits and the check digit (the check digit should be 0)",
            "'舱单 Manifests'!A4 WB010: MessageId CN_MT2101_1p1_2200123456789_00000001_20261122093015250 is also the id of manifest 1; give each message its own id, or leave MessageId blank to have one made",
        ]);
    }

    [Fact]
    public void Read_CrossRowRules_WaitWhileARowIsLeftOut()
    {
        // The first goods line names no bill: it is left out, and the numbering, mass sum and container rules, which would
        // only report the gap it leaves, are not checked; the container rule does run once the line names its bill.
        var sample = ManifestSamples.PreStowage();
        var blank = Edit(Workbook([sample]), static d => WorkbookEdits.Set(d, "货物 Items", Column("Items", "MasterBillId") + "3", string.Empty));
        ManifestWorkbook.Read(new MemoryStream(blank)).Report.Issues.Select(static i => i.Code).ShouldBe(["WB009"]);

        var wrong = Edit(Workbook([sample]), static d => WorkbookEdits.Set(d, "货物 Items", Column("Items", "ContainerIds") + "4", "CSQU3054383; TGHU7654320"));
        ManifestWorkbook.Read(new MemoryStream(wrong)).Report.Issues.Select(static i => $"{i.Location.Cell} {i.Code}").ShouldBe([$"'货物 Items'!{Column("Items", "ContainerIds")}4 MAN014"]);
    }

    [Fact]
    public void Template_HasTheSheetsHeadersAndDropDowns()
    {
        using var stream = new MemoryStream();
        ManifestWorkbook.WriteTemplate(stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(static s => s.Name!.Value).ShouldBe(["说明 Instructions", "舱单 Manifests", "提单 Bills", "集装箱 Containers", "货物 Items", "代码表 Codes"]);
        DataValidations(document, "舱单 Manifests").ShouldBe(3); // DeclarationOfficeId, ExitCustomsOfficeId, EntryCustomsOfficeId
        DataValidations(document, "提单 Bills").ShouldBe(4); // ValueCurrency and the three parties' CountryCode
        DataValidations(document, "货物 Items").ShouldBe(1); // OriginCountryCode
        WorkbookRows.Read(stream.ToArray(), "提单 Bills")[1].ShouldContain("Consignee.Address.CountryCode");
        ManifestWorkbook.Read(new MemoryStream(stream.ToArray())).Report.Issues.ShouldBeEmpty();
    }

    /// <summary>Makes a generated manifest what a workbook carries: texts without carriage returns and empty texts unset;
    /// list items trimmed and none empty; an object with nothing set is no object; a bill number unique in its manifest (it
    /// ties containers and goods lines to their bill); a message id that is not blank (a blank one is made when read) and
    /// unique; the version 1.0 when blank; no elements the SDK does not model.</summary>
    private static CargoManifest Carried(CargoManifest m, int index)
    {
        var d = m.Declaration;
        return new CargoManifest
        {
            Head = m.Head with { MessageId = $"ID{index}{T(m.Head.MessageId)}", SenderId = T(m.Head.SenderId) ?? string.Empty, ReceiverId = T(m.Head.ReceiverId) ?? string.Empty, Version = T(m.Head.Version) ?? "1.0" },
            Declaration = new ManifestDeclaration
            {
                DeclarationOfficeId = T(d.DeclarationOfficeId),
                RepresentativePersonName = T(d.RepresentativePersonName),
                ExitCustomsOfficeId = T(d.ExitCustomsOfficeId),
                EntryCustomsOfficeId = T(d.EntryCustomsOfficeId),
                AgentId = T(d.AgentId),
                CarrierId = T(d.CarrierId),
                BorderTransportMeans = d.BorderTransportMeans is { } b ? None(new BorderTransportMeans { JourneyId = T(b.JourneyId), TypeCode = T(b.TypeCode), Id = T(b.Id), Name = T(b.Name), FirstArrivalLocationId = T(b.FirstArrivalLocationId), ArrivalDateTime = T(b.ArrivalDateTime), DepartureDateTime = T(b.DepartureDateTime) }) : null,
                UnloadingLocation = Place(d.UnloadingLocation),
                TransportEquipment = [.. d.TransportEquipment.Select(Equipment)],
                Consignments = [.. d.Consignments.Select(static (c, i) => Consignment(c, i))],
                AdditionalInformation = T(d.AdditionalInformation),
            },
        };
    }

    private static ManifestConsignment Consignment(ManifestConsignment c, int index) => new()
    {
        MasterBillId = $"B{index}{T(c.MasterBillId)}",
        ChangeReasonCode = T(c.ChangeReasonCode),
        ConditionCode = T(c.ConditionCode),
        ConsolidatorId = T(c.ConsolidatorId),
        HouseBillId = T(c.HouseBillId),
        GrossVolume = c.GrossVolume,
        Value = c.Value,
        ValueCurrency = c.ValueCurrency,
        LoadingLocation = Place(c.LoadingLocation),
        UnloadingLocation = Place(c.UnloadingLocation),
        GoodsReceiptPlace = Place(c.GoodsReceiptPlace),
        TranshipmentLocationIds = L(c.TranshipmentLocationIds),
        TransitDestinationId = T(c.TransitDestinationId),
        RoutingCountryCodes = L(c.RoutingCountryCodes),
        GoodsConsignedPlaceId = T(c.GoodsConsignedPlaceId),
        CustomsStatusCode = T(c.CustomsStatusCode),
        TransportSplitIndicator = T(c.TransportSplitIndicator),
        FreightPaymentMethodCode = T(c.FreightPaymentMethodCode),
        PackageQuantity = c.PackageQuantity,
        PackageTypeCode = T(c.PackageTypeCode),
        TotalGrossMass = c.TotalGrossMass,
        PreviousDocuments = [.. c.PreviousDocuments.Select(static p => (Id: Item(p.Id), Type: Item(p.TypeCode))).Where(static p => p.Id is not null || p.Type is not null).Select(static p => new PreviousCustomsDocument(p.Id, p.Type))],
        HandlingInstructionsCode = T(c.HandlingInstructionsCode),
        Consignee = Party(c.Consignee),
        Consignor = Party(c.Consignor),
        NotifyParty = Party(c.NotifyParty),
        DangerousGoodsContact = Contact(c.DangerousGoodsContact),
        TransportEquipment = [.. c.TransportEquipment.Select(Equipment)],
        Items = [.. c.Items.Select(static i => new ConsignmentItem
        {
            SequenceNumber = i.SequenceNumber, PackageQuantity = i.PackageQuantity, PackageTypeCode = T(i.PackageTypeCode), MarksNumbers = T(i.MarksNumbers),
            CargoDescription = T(i.CargoDescription), HsCode = T(i.HsCode), DangerousGoodsCode = T(i.DangerousGoodsCode), AdditionalInformation = T(i.AdditionalInformation),
            GrossMass = i.GrossMass, ContainerIds = L(i.ContainerIds), CustomsProcedureCode = T(i.CustomsProcedureCode), UniqueConsignmentReference = T(i.UniqueConsignmentReference),
            OriginCountryCode = T(i.OriginCountryCode),
        })],
    };

    private static TransportEquipment Equipment(TransportEquipment e) => new()
    {
        ContainerId = T(e.ContainerId),
        CharacteristicCode = T(e.CharacteristicCode),
        SupplierPartyTypeCode = T(e.SupplierPartyTypeCode),
        FullnessCode = e.FullnessCode,
        Seals = [.. e.Seals.Select(static s => (Id: Item(s.Id), Agency: Item(s.AgencyCode))).Where(static s => s.Id is not null || s.Agency is not null).Select(static s => new EquipmentSeal(s.Id ?? string.Empty, s.Agency))],
    };

    private static ManifestParty? Party(ManifestParty? p) => p is null ? null : None(new ManifestParty
    {
        Id = T(p.Id),
        Name = T(p.Name),
        Address = p.Address is { } a ? None(new PartyAddress { Line = T(a.Line), CityName = T(a.CityName), CountrySubEntityId = T(a.CountrySubEntityId), CountrySubEntityName = T(a.CountrySubEntityName), PostcodeId = T(a.PostcodeId), CountryCode = T(a.CountryCode) }) : null,
        Contact = Contact(p.Contact),
        Communications = Communications(p.Communications),
    });

    private static ManifestContact? Contact(ManifestContact? c) => c is null ? null : None(new ManifestContact { Name = T(c.Name), Communications = Communications(c.Communications) });

    private static PartyCommunication[] Communications(IReadOnlyList<PartyCommunication> list) =>
        [.. list.Select(static c => new PartyCommunication(Item(c.Id), Item(c.TypeId))).Where(static c => c.Id is not null || c.TypeId is not null)];

    private static ManifestLocation? Place(ManifestLocation? l) => l is null ? null : None(new ManifestLocation { Id = T(l.Id), Name = T(l.Name), Date = T(l.Date) });

    /// <summary>Gets null for an object with nothing set.</summary>
    private static TObject? None<TObject>(TObject value)
        where TObject : class, new() => value.Equals(new TObject()) ? null : value;

    private static string? T(string? text) => text?.Replace("\r", string.Empty, StringComparison.Ordinal) is { Length: > 0 } t ? t : null;

    private static string? Item(string? text) => T(text)?.Trim() is { Length: > 0 } t ? t : null;

    private static string[] L(IEnumerable<string> items) => [.. items.Select(Item).OfType<string>()];

    private static int DataValidations(SpreadsheetDocument document, string sheet) => WorkbookEdits.Part(document, sheet).Worksheet.Descendants<DataValidation>().Count();

    private static byte[] Edit(byte[] workbook, Action<SpreadsheetDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    /// <summary>Finds the column letter of an English header in row 2.</summary>
    private static string Column(string sheet, string property) =>
        SheetWriter.ColumnName(ManifestWorkbookLayout.Sheets.Single(s => s.Key == sheet).Columns.Select(static c => c.Property).ToList().IndexOf(property) + 2);
}

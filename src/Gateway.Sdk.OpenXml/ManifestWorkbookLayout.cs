using System.Globalization;
using Gateway.Sdk.Documents.Manifests;
using static Gateway.Sdk.OpenXml.BoundColumn;

namespace Gateway.Sdk.OpenXml;

/// <summary>Lists the sheets of the cargo manifest workbook and binds each column to the manifest model.</summary>
/// <remarks>Headers are property paths below the row's object (<c>Consignee.Address.CountryCode</c>), so a rule's property path
/// leads to its cell. Required marks follow what <see cref="ManifestValidator"/> asks of an original or pre-stowage manifest.</remarks>
internal static class ManifestWorkbookLayout
{
    public const string KeyLabelZh = "舱单序号";

    public const string KeyLabelEn = "Manifest";

    /// <summary>The block of the two columns that tie a container or goods line to its bill.</summary>
    public const string BillBlock = "Bill";

    public static readonly BoundColumn<ManifestHead>[] Head =
    [
        new("MessageType", "报文类型", static h => h.MessageType.Code is { Length: > 0 } c ? c : null, static (h, t) => ManifestMessageType.IsCode(t.Trim()) ? h with { MessageType = new(t.Trim()) } : null, "a message type: MT and four letters or digits, such as MT2101", Required: true),
        new("FunctionCode", "报文功能代码", static h => h.FunctionCode.Code is { Length: > 0 } c ? c : null, static (h, t) => ManifestFunctionCode.IsCode(t.Trim()) ? h with { FunctionCode = new(t.Trim()) } : null, "a function code of 1 to 3 letters or digits, such as 9"),
        Text<ManifestHead>("SenderId", "发送方代码", static h => Blank(h.SenderId), static (h, t) => h with { SenderId = t }, required: true),
        Text<ManifestHead>("ReceiverId", "接收方代码", static h => Blank(h.ReceiverId), static (h, t) => h with { ReceiverId = t }, required: true),
        Text<ManifestHead>("MessageId", "报文编号", static h => Blank(h.MessageId), static (h, t) => h with { MessageId = t }),
        new("SendTime", "发送时间", static h => h.SendTime?.ToString(ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture), static (h, t) => DateTime.TryParseExact(t.Trim(), ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? h with { SendTime = v } : null, "a time written yyyyMMddHHmmssfff (17 digits, China Standard Time)"),
        Text<ManifestHead>("Version", "报文版本", static h => h.Version, static (h, t) => h with { Version = t }),
    ];

    public static readonly BoundColumn<ManifestDeclaration>[] Declaration =
    [
        Text<ManifestDeclaration>("DeclarationOfficeId", "申报地海关", static d => d.DeclarationOfficeId, static (d, t) => d with { DeclarationOfficeId = t }, table: "customs-offices"),
        Text<ManifestDeclaration>("RepresentativePersonName", "舱单传输人", static d => d.RepresentativePersonName, static (d, t) => d with { RepresentativePersonName = t }),
        Text<ManifestDeclaration>("ExitCustomsOfficeId", "出境地海关", static d => d.ExitCustomsOfficeId, static (d, t) => d with { ExitCustomsOfficeId = t }, table: "customs-offices"),
        Text<ManifestDeclaration>("EntryCustomsOfficeId", "进境地海关", static d => d.EntryCustomsOfficeId, static (d, t) => d with { EntryCustomsOfficeId = t }, table: "customs-offices"),
        Text<ManifestDeclaration>("AgentId", "船舶代理企业代码", static d => d.AgentId, static (d, t) => d with { AgentId = t }),
        Text<ManifestDeclaration>("CarrierId", "承运人代码", static d => d.CarrierId, static (d, t) => d with { CarrierId = t }, required: true),
        .. Nest<ManifestDeclaration, BorderTransportMeans>("BorderTransportMeans", string.Empty,
        [
            Text<BorderTransportMeans>("JourneyId", "航次号", static b => b.JourneyId, static (b, t) => b with { JourneyId = t }, required: true),
            Text<BorderTransportMeans>("TypeCode", "运输方式代码", static b => b.TypeCode, static (b, t) => b with { TypeCode = t }, required: true),
            Text<BorderTransportMeans>("Id", "运输工具代码", static b => b.Id, static (b, t) => b with { Id = t }, required: true),
            Text<BorderTransportMeans>("Name", "运输工具名称", static b => b.Name, static (b, t) => b with { Name = t }),
            Text<BorderTransportMeans>("FirstArrivalLocationId", "抵达境内第一港", static b => b.FirstArrivalLocationId, static (b, t) => b with { FirstArrivalLocationId = t }),
            Text<BorderTransportMeans>("ArrivalDateTime", "预计抵港时间", static b => b.ArrivalDateTime, static (b, t) => b with { ArrivalDateTime = t }),
            Text<BorderTransportMeans>("DepartureDateTime", "预计离港时间", static b => b.DepartureDateTime, static (b, t) => b with { DepartureDateTime = t }),
        ], static d => d.BorderTransportMeans, static (d, b) => d with { BorderTransportMeans = b }, static () => new()),
        .. Location<ManifestDeclaration>("UnloadingLocation", "运抵地点代码", "Date", "运抵日期", static d => d.UnloadingLocation, static (d, l) => d with { UnloadingLocation = l }, required: false),
        Text<ManifestDeclaration>("AdditionalInformation", "备注", static d => d.AdditionalInformation, static (d, t) => d with { AdditionalInformation = t }),
    ];

    public static readonly BoundColumn<ManifestConsignment>[] Consignment =
    [
        Text<ManifestConsignment>("MasterBillId", "总提单号", static c => c.MasterBillId, static (c, t) => c with { MasterBillId = t }, required: true),
        Text<ManifestConsignment>("HouseBillId", "分提单号", static c => c.HouseBillId, static (c, t) => c with { HouseBillId = t }),
        Text<ManifestConsignment>("ChangeReasonCode", "变更原因代码", static c => c.ChangeReasonCode, static (c, t) => c with { ChangeReasonCode = t }),
        Text<ManifestConsignment>("ConditionCode", "提单条件代码", static c => c.ConditionCode, static (c, t) => c with { ConditionCode = t }),
        Text<ManifestConsignment>("ConsolidatorId", "拼箱人代码", static c => c.ConsolidatorId, static (c, t) => c with { ConsolidatorId = t }),
        .. Location<ManifestConsignment>("LoadingLocation", "装货港代码", "Date", "装货日期", static c => c.LoadingLocation, static (c, l) => c with { LoadingLocation = l }, required: true),
        .. Location<ManifestConsignment>("UnloadingLocation", "卸货港代码", "Date", "到达卸货港日期", static c => c.UnloadingLocation, static (c, l) => c with { UnloadingLocation = l }, required: true),
        .. Location<ManifestConsignment>("GoodsReceiptPlace", "收货地代码", "Name", "收货地名称", static c => c.GoodsReceiptPlace, static (c, l) => c with { GoodsReceiptPlace = l }, required: false),
        List<ManifestConsignment>("TranshipmentLocationIds", "中转港代码", static c => c.TranshipmentLocationIds, static (c, l) => c with { TranshipmentLocationIds = l }),
        Text<ManifestConsignment>("TransitDestinationId", "中转目的地代码", static c => c.TransitDestinationId, static (c, t) => c with { TransitDestinationId = t }),
        List<ManifestConsignment>("RoutingCountryCodes", "途经国家代码", static c => c.RoutingCountryCodes, static (c, l) => c with { RoutingCountryCodes = l }),
        Text<ManifestConsignment>("GoodsConsignedPlaceId", "货物托运地代码", static c => c.GoodsConsignedPlaceId, static (c, t) => c with { GoodsConsignedPlaceId = t }),
        Text<ManifestConsignment>("CustomsStatusCode", "海关货物通关代码", static c => c.CustomsStatusCode, static (c, t) => c with { CustomsStatusCode = t }),
        Text<ManifestConsignment>("TransportSplitIndicator", "分批运输标志", static c => c.TransportSplitIndicator, static (c, t) => c with { TransportSplitIndicator = t }),
        Text<ManifestConsignment>("FreightPaymentMethodCode", "运费支付方法代码", static c => c.FreightPaymentMethodCode, static (c, t) => c with { FreightPaymentMethodCode = t }),
        Whole<ManifestConsignment>("PackageQuantity", "货物总件数", static c => c.PackageQuantity, static (c, v) => c with { PackageQuantity = v }, required: true),
        Text<ManifestConsignment>("PackageTypeCode", "包装种类代码", static c => c.PackageTypeCode, static (c, t) => c with { PackageTypeCode = t }, required: true),
        Number<ManifestConsignment>("TotalGrossMass", "货物总毛重(千克)", static c => c.TotalGrossMass, static (c, v) => c with { TotalGrossMass = v }, required: true),
        Number<ManifestConsignment>("GrossVolume", "货物体积(立方米)", static c => c.GrossVolume, static (c, v) => c with { GrossVolume = v }),
        Number<ManifestConsignment>("Value", "货物价值", static c => c.Value, static (c, v) => c with { Value = v }),
        Text<ManifestConsignment>("ValueCurrency", "币制", static c => c.ValueCurrency, static (c, t) => c with { ValueCurrency = t }, table: "currencies"),
        Coded<ManifestConsignment, PreviousCustomsDocument>("PreviousDocuments", "前序海关单证", static c => c.PreviousDocuments, static d => (d.Id, d.TypeCode), static (v, k) => new PreviousCustomsDocument(v, k), static (c, l) => c with { PreviousDocuments = l }),
        Text<ManifestConsignment>("HandlingInstructionsCode", "操作指示代码", static c => c.HandlingInstructionsCode, static (c, t) => c with { HandlingInstructionsCode = t }),
        .. Nest<ManifestConsignment, ManifestParty>("Consignee", "收货人", Party, static c => c.Consignee, static (c, p) => c with { Consignee = p }, static () => new()),
        .. Nest<ManifestConsignment, ManifestParty>("Consignor", "发货人", Party, static c => c.Consignor, static (c, p) => c with { Consignor = p }, static () => new()),
        .. Nest<ManifestConsignment, ManifestParty>("NotifyParty", "通知人", Party, static c => c.NotifyParty, static (c, p) => c with { NotifyParty = p }, static () => new(), optional: true),
        .. Nest<ManifestConsignment, ManifestContact>("DangerousGoodsContact", "危险品联系人", Contact, static c => c.DangerousGoodsContact, static (c, p) => c with { DangerousGoodsContact = p }, static () => new()),
    ];

    /// <summary>The two columns of the Containers and Items sheets that name the bill a row belongs to.</summary>
    public static readonly (string Property, string LabelZh)[] Bill = [("MasterBillId", "总提单号"), ("HouseBillId", "分提单号")];

    public static readonly BoundColumn<TransportEquipment>[] Equipment =
    [
        Text<TransportEquipment>("ContainerId", "集装箱号", static e => e.ContainerId, static (e, t) => e with { ContainerId = t }, required: true),
        Text<TransportEquipment>("CharacteristicCode", "集装箱尺寸类型", static e => e.CharacteristicCode, static (e, t) => e with { CharacteristicCode = t }, required: true),
        Text<TransportEquipment>("SupplierPartyTypeCode", "集装箱来源代码", static e => e.SupplierPartyTypeCode, static (e, t) => e with { SupplierPartyTypeCode = t }),
        Text<TransportEquipment>("FullnessCode", "重箱或空箱标识", static e => e.FullnessCode, static (e, t) => e with { FullnessCode = t }, required: true),
        Coded<TransportEquipment, EquipmentSeal>("Seals", "封志号(施封人)", static e => e.Seals, static s => (s.Id, s.AgencyCode), static (v, k) => new EquipmentSeal(v ?? string.Empty, k), static (e, l) => e with { Seals = l }),
    ];

    public static readonly BoundColumn<ConsignmentItem>[] Item =
    [
        Integer<ConsignmentItem>("SequenceNumber", "商品项序号", static i => i.SequenceNumber, static (i, v) => i with { SequenceNumber = v }, required: true),
        Whole<ConsignmentItem>("PackageQuantity", "件数", static i => i.PackageQuantity, static (i, v) => i with { PackageQuantity = v }, required: true),
        Text<ConsignmentItem>("PackageTypeCode", "包装种类代码", static i => i.PackageTypeCode, static (i, t) => i with { PackageTypeCode = t }, required: true),
        Text<ConsignmentItem>("MarksNumbers", "唛头", static i => i.MarksNumbers, static (i, t) => i with { MarksNumbers = t }),
        Text<ConsignmentItem>("CargoDescription", "货物描述", static i => i.CargoDescription, static (i, t) => i with { CargoDescription = t }, required: true),
        Text<ConsignmentItem>("HsCode", "商品编码", static i => i.HsCode, static (i, t) => i with { HsCode = t }),
        Text<ConsignmentItem>("DangerousGoodsCode", "危险品编号", static i => i.DangerousGoodsCode, static (i, t) => i with { DangerousGoodsCode = t }),
        Number<ConsignmentItem>("GrossMass", "毛重(千克)", static i => i.GrossMass, static (i, v) => i with { GrossMass = v }, required: true),
        List<ConsignmentItem>("ContainerIds", "集装箱号", static i => i.ContainerIds, static (i, l) => i with { ContainerIds = l }),
        Text<ConsignmentItem>("CustomsProcedureCode", "海关手续代码", static i => i.CustomsProcedureCode, static (i, t) => i with { CustomsProcedureCode = t }),
        Text<ConsignmentItem>("UniqueConsignmentReference", "托运货物唯一编号", static i => i.UniqueConsignmentReference, static (i, t) => i with { UniqueConsignmentReference = t }),
        Text<ConsignmentItem>("OriginCountryCode", "原产国", static i => i.OriginCountryCode, static (i, t) => i with { OriginCountryCode = t }, table: "countries"),
        Text<ConsignmentItem>("AdditionalInformation", "备注", static i => i.AdditionalInformation, static (i, t) => i with { AdditionalInformation = t }),
    ];

    private static readonly Lazy<IReadOnlyList<WorkbookSheet>> Layout = new(static () =>
    [
        new("舱单 Manifests", "Manifests", "一份舱单报文一行 · one row per manifest message (one vessel voyage)", [.. Columns("Head", Head), .. Columns("Declaration", Declaration)]),
        new("提单 Bills", "Bills", "一个提单一行 · one row per bill of lading (Consignment)", Columns("Consignment", Consignment)),
        new("集装箱 Containers", "Containers", "一个集装箱一行；总提单号留空为运抵报告的集装箱 · one row per container; leave the bill blank for an arrival report's containers", [.. BillColumns(), .. Columns("Equipment", Equipment)]),
        new("货物 Items", "Items", "一个货物项一行；只有一个提单时可不填提单号 · one row per goods line; the bill may be left blank when the manifest has one", [.. BillColumns(), .. Columns("Item", Item)]),
    ]);

    public static IReadOnlyList<WorkbookSheet> Sheets => Layout.Value;

    private static BoundColumn<ManifestParty>[] Party =>
    [
        Text<ManifestParty>("Id", "代码", static p => p.Id, static (p, t) => p with { Id = t }),
        Text<ManifestParty>("Name", "名称", static p => p.Name, static (p, t) => p with { Name = t }, required: true),
        .. Nest<ManifestParty, PartyAddress>("Address", "地址", new BoundColumn<PartyAddress>[]
        {
            Text<PartyAddress>("Line", string.Empty, static a => a.Line, static (a, t) => a with { Line = t }),
            Text<PartyAddress>("CityName", "城市", static a => a.CityName, static (a, t) => a with { CityName = t }),
            Text<PartyAddress>("CountrySubEntityId", "省州代码", static a => a.CountrySubEntityId, static (a, t) => a with { CountrySubEntityId = t }),
            Text<PartyAddress>("CountrySubEntityName", "省州名称", static a => a.CountrySubEntityName, static (a, t) => a with { CountrySubEntityName = t }),
            Text<PartyAddress>("PostcodeId", "邮编", static a => a.PostcodeId, static (a, t) => a with { PostcodeId = t }),
            Text<PartyAddress>("CountryCode", "国家代码", static a => a.CountryCode, static (a, t) => a with { CountryCode = t }, table: "countries"),
        }, static p => p.Address, static (p, a) => p with { Address = a }, static () => new()),
        Communications<ManifestParty>("Communications", "通讯方式", static p => p.Communications, static (p, l) => p with { Communications = l }),
        .. Nest<ManifestParty, ManifestContact>("Contact", "联系人", Contact, static p => p.Contact, static (p, c) => p with { Contact = c }, static () => new()),
    ];

    private static BoundColumn<ManifestContact>[] Contact =>
    [
        Text<ManifestContact>("Name", string.Empty, static c => c.Name, static (c, t) => c with { Name = t }),
        Communications<ManifestContact>("Communications", "通讯方式", static c => c.Communications, static (c, l) => c with { Communications = l }),
    ];

    private static BoundColumn<T> Communications<T>(string property, string zh, Func<T, IReadOnlyList<PartyCommunication>> get, Func<T, PartyCommunication[], T> set)
        where T : class => Coded(property, zh, get, static c => (c.Id, c.TypeId), static (v, k) => new PartyCommunication(v, k), set);

    /// <summary>A place's code and its date or name.</summary>
    private static IEnumerable<BoundColumn<T>> Location<T>(string property, string zhId, string second, string zhSecond, Func<T, ManifestLocation?> get, Func<T, ManifestLocation, T> set, bool required)
        where T : class =>
        Nest(property, string.Empty, new BoundColumn<ManifestLocation>[]
        {
            Text<ManifestLocation>("Id", zhId, static l => l.Id, static (l, t) => l with { Id = t }, required),
            second == "Date"
                ? Text<ManifestLocation>("Date", zhSecond, static l => l.Date, static (l, t) => l with { Date = t })
                : Text<ManifestLocation>("Name", zhSecond, static l => l.Name, static (l, t) => l with { Name = t }),
        }, get, set, static () => new());

    private static WorkbookColumn[] Columns<T>(string block, IEnumerable<BoundColumn<T>> columns)
        where T : class =>
        [.. columns.Select(c => new WorkbookColumn(block, c.Property, c.Property, c.LabelZh, c.Table, c.Required))];

    private static IEnumerable<WorkbookColumn> BillColumns() =>
        Bill.Select(static b => new WorkbookColumn(BillBlock, b.Property, b.Property, b.LabelZh, null, false));

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}

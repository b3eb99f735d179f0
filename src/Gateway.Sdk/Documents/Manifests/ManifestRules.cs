using Gateway.Sdk.Codes;
using Gateway.Sdk.Validation;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Runs the manifest rules once, collecting issues; see <see cref="ManifestValidator"/> for the list.</summary>
internal sealed class ManifestRules(ManifestValidationOptions options)
{
    private const string D = "/Manifest/Declaration";
    private static readonly System.Buffers.SearchValues<char> LocodeCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789");

    public List<ValidationIssue> Issues { get; } = [];

    public void Check(CargoManifest manifest)
    {
        var head = manifest.Head;
        var type = head.MessageType.Code;
        Head(head);
        var d = manifest.Declaration;
        var business = type.Length == 6 ? type[2] : '0';
        var full = business is '1' or '2' && head.FunctionCode != ManifestFunctionCode.Delete;
        Office(d.DeclarationOfficeId, D + "/DeclarationOfficeID", "Declaration.DeclarationOfficeId");
        Office(d.ExitCustomsOfficeId, D + "/ExitCustomsOffice/ID", "Declaration.ExitCustomsOfficeId");
        Office(d.EntryCustomsOfficeId, D + "/EntryCustomsOffice/ID", "Declaration.EntryCustomsOfficeId");
        TransportMeans(d.BorderTransportMeans, business, full);
        if (full)
        {
            Required(d.CarrierId, D + "/Carrier/ID", "Declaration.CarrierId", "the carrier's code (SCAC or IATA)");
        }

        if (business == '3')
        {
            Required(d.DeclarationOfficeId, D + "/DeclarationOfficeID", "Declaration.DeclarationOfficeId", "the 4-digit customs office receiving the arrival report");
            Required(d.UnloadingLocation?.Id, D + "/UnloadingLocation/ID", "Declaration.UnloadingLocation.Id", "the code of the customs-controlled place the goods arrived at");
            if (d.UnloadingLocation?.Date is { Length: > 0 } date && !(date.Length == 8 && XmlDate(date)))
            {
                Add("MAN004", $"ArrivalDate '{date}' is not a date: write yyyyMMdd, such as 20261122", D + "/UnloadingLocation/ArrivalDate", "Declaration.UnloadingLocation.Date");
            }
        }

        if (d.Consignments.Count == 0 && (full || d.TransportEquipment.Count == 0))
        {
            Add("MAN001", full ? "the manifest has no Consignment: add one per bill of lading" : "the message has no Consignment and no TransportEquipment: add the bills or the containers it reports", D, "Declaration.Consignments");
        }

        Equipment(d.TransportEquipment, D, "Declaration.TransportEquipment");
        var bills = new HashSet<(string?, string?)>();
        for (var i = 0; i < d.Consignments.Count; i++)
        {
            var c = d.Consignments[i];
            var x = $"{D}/Consignment[{i + 1}]";
            var p = $"Declaration.Consignments[{i}]";
            Required(c.MasterBillId, x + "/TransportContractDocument/ID", p + ".MasterBillId", "the master bill of lading number");
            if (c.MasterBillId is { Length: > 0 } && !bills.Add((c.MasterBillId, c.HouseBillId)))
            {
                if (c.HouseBillId is null)
                {
                    Add("MAN015", $"bill {c.MasterBillId} appears twice; each bill of lading is one Consignment", x + "/TransportContractDocument/ID", p + ".MasterBillId");
                }
                else
                {
                    Add("MAN015", $"house bill {c.HouseBillId} appears twice under master bill {c.MasterBillId}; each house bill is one Consignment", x + "/AssociatedTransportDocument/ID", p + ".HouseBillId");
                }
            }

            Consignment(c, x, p, full);
        }
    }

    private void Head(ManifestHead head)
    {
        const string X = "/Manifest/Head";
        Required(head.MessageId, X + "/MessageID", "Head.MessageId", "a message id unique per sender (ManifestMessageIds makes one)");
        Required(head.MessageType.Code, X + "/MessageType", "Head.MessageType", "the message type, such as MT2101 (pre-stowage manifest)");
        Required(head.SenderId, X + "/SenderID", "Head.SenderId", "the sender id");
        Required(head.ReceiverId, X + "/ReceiverID", "Head.ReceiverId", "the 4-digit customs code of the declaring office, or EPORT");
        Required(head.Version, X + "/Version", "Head.Version", "the message version, such as 1.0");
        Required(head.FunctionCode.Code, X + "/FunctionCode", "Head.FunctionCode", "the message function, such as 9 (original)");
        if (head.SendTime is null)
        {
            Add("MAN001", "SendTime is missing: write the send time as yyyyMMddHHmmssfff", X + "/SendTime", "Head.SendTime");
        }

        if (head.ReceiverId is { Length: > 0 } receiver && receiver != "EPORT" && !IsOffice(receiver))
        {
            Add("MAN004", $"ReceiverID '{receiver}' is not a 4-digit customs code or EPORT", X + "/ReceiverID", "Head.ReceiverId");
        }

        if (head.MessageId is { Length: > 0 } id && head.MessageType.Code.Length > 0 && !id.StartsWith($"CN_{head.MessageType.Code}_", StringComparison.Ordinal))
        {
            Issues.Add(Issue("MAN016", ValidationSeverity.Warning, $"MessageID '{id}' does not have the documented shape CN_{head.MessageType.Code}_1p1_<SenderID>_<yyyyMMddHHmmssfff>; check that your channel accepts it", X + "/MessageID", "Head.MessageId"));
        }
    }

    private void TransportMeans(BorderTransportMeans? b, char business, bool full)
    {
        const string X = D + "/BorderTransportMeans";
        const string P = "Declaration.BorderTransportMeans";
        if (b is null)
        {
            Issues.Add(Issue("MAN001", business == '3' ? ValidationSeverity.Warning : ValidationSeverity.Error, "BorderTransportMeans is missing: give the voyage (JourneyID) and the vessel (ID)", X, P));
            return;
        }

        Required(b.JourneyId, X + "/JourneyID", P + ".JourneyId", "the voyage or flight number");
        if (full)
        {
            Required(b.TypeCode, X + "/TypeCode", P + ".TypeCode", "the transport mode (1 sea, 4 air)");
            Required(b.Id, X + "/ID", P + ".Id", "the vessel id (UN and the IMO number) or aircraft registration");
        }

        if (b.TypeCode == "1" && b.Id is { Length: > 0 } id && id.StartsWith("UN", StringComparison.Ordinal) && id.Length == 9 && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0 && !ImoNumber.TryParse(id, out _))
        {
            Add("MAN011", $"vessel id {id} holds an IMO number whose check digit is wrong (it should end in {ImoNumber.ComputeCheckDigit(id.AsSpan(2, 6))}); check for a typing error", X + "/ID", P + ".Id");
        }

        Locode(b.FirstArrivalLocationId, X + "/FirstArrivalLocationID", P + ".FirstArrivalLocationId");
    }

    private void Consignment(ManifestConsignment c, string x, string p, bool full)
    {
        Locode(c.LoadingLocation?.Id, x + "/LoadingLocation/ID", p + ".LoadingLocation.Id");
        Locode(c.UnloadingLocation?.Id, x + "/UnloadingLocation/ID", p + ".UnloadingLocation.Id");
        Locode(c.TransitDestinationId, x + "/TransitDestination/ID", p + ".TransitDestinationId");
        for (var i = 0; i < c.TranshipmentLocationIds.Count; i++)
        {
            Locode(c.TranshipmentLocationIds[i], $"{x}/TranshipmentLocation[{i + 1}]/ID", $"{p}.TranshipmentLocationIds[{i}]");
        }

        for (var i = 0; i < c.RoutingCountryCodes.Count; i++)
        {
            Country(c.RoutingCountryCodes[i], $"{x}/RoutingCountryCode[{i + 1}]", $"{p}.RoutingCountryCodes[{i}]");
        }

        if (c.ValueCurrency is { } currency && !AlphaCode.IsAlpha3(currency))
        {
            Add("MAN004", $"CurrencyTypeCode '{currency}' is not an ISO 4217 code: three upper-case letters such as USD", x + "/ValueAmount/@CurrencyTypeCode", p + ".ValueCurrency");
        }

        if (c.ValueCurrency is not null && c.Value is null)
        {
            Add("MAN001", "ValueAmount is missing but its currency is given; give the value, or remove the currency (it is not written without one)", x + "/ValueAmount", p + ".Value");
        }

        NotNegative(c.TotalGrossMass, x + "/TotalGrossMassMeasure", p + ".TotalGrossMass");
        NotNegative(c.GrossVolume, x + "/GrossVolumeMeasure", p + ".GrossVolume");
        NotNegative(c.PackageQuantity, x + "/ConsignmentPackaging/QuantityQuantity", p + ".PackageQuantity");

        if (full)
        {
            Required(c.LoadingLocation?.Id, x + "/LoadingLocation/ID", p + ".LoadingLocation.Id", "the port of loading (UN/LOCODE)");
            Required(c.UnloadingLocation?.Id, x + "/UnloadingLocation/ID", p + ".UnloadingLocation.Id", "the port of discharge (UN/LOCODE)");
            Required(c.PackageQuantity, x + "/ConsignmentPackaging/QuantityQuantity", p + ".PackageQuantity", "the total number of packages");
            Required(c.PackageTypeCode, x + "/ConsignmentPackaging/TypeCode", p + ".PackageTypeCode", "the package type");
            Required(c.TotalGrossMass, x + "/TotalGrossMassMeasure", p + ".TotalGrossMass", "the gross mass in kilograms");
            if (options.RequireParties)
            {
                Required(c.Consignee?.Name, x + "/Consignee/Name", p + ".Consignee.Name", "the consignee");
                Required(c.Consignor?.Name, x + "/Consignor/Name", p + ".Consignor.Name", "the consignor");
            }

            if (c.Items.Count == 0)
            {
                Add("MAN001", "the consignment has no ConsignmentItem: add its goods lines", x, p + ".Items");
            }
        }

        Party(c.Consignee, x + "/Consignee", p + ".Consignee");
        Party(c.Consignor, x + "/Consignor", p + ".Consignor");
        Party(c.NotifyParty, x + "/NotifyParty", p + ".NotifyParty");
        Equipment(c.TransportEquipment, x, p + ".TransportEquipment");
        Items(c, x, p, full);
    }

    private void Items(ManifestConsignment c, string x, string p, bool full)
    {
        var containers = c.TransportEquipment.Select(static e => e.ContainerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sum = 0m;
        var allMasses = c.Items.Count > 0;
        for (var i = 0; i < c.Items.Count; i++)
        {
            var item = c.Items[i];
            var ix = $"{x}/ConsignmentItem[{i + 1}]";
            var ip = $"{p}.Items[{i}]";
            if (full)
            {
                Required(item.SequenceNumber, ix + "/SequenceNumeric", ip + ".SequenceNumber", "the line number");
                Required(item.PackageQuantity, ix + "/ConsignmentItemPackaging/QuantityQuantity", ip + ".PackageQuantity", "the number of packages");
                Required(item.PackageTypeCode, ix + "/ConsignmentItemPackaging/TypeCode", ip + ".PackageTypeCode", "the package type");
                Required(item.CargoDescription, ix + "/Commodity/CargoDescription", ip + ".CargoDescription", "the goods description");
                Required(item.GrossMass, ix + "/GoodsMeasure/GrossMassMeasure", ip + ".GrossMass", "the line's gross mass in kilograms");
            }

            if (item.SequenceNumber is { } n && n != i + 1)
            {
                Add("MAN017", $"SequenceNumeric is {n} but this is line {i + 1}; number the lines 1, 2, 3 … in order", ix + "/SequenceNumeric", ip + ".SequenceNumber");
            }

            if (item.HsCode is { Length: > 0 } hs && (hs.Length is < 6 or > 10 || hs.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0))
            {
                Add("MAN004", $"TariffClassificationCode '{hs}' is not an HS code: 6 to 10 digits", ix + "/Commodity/Classification/TariffClassificationCode", ip + ".HsCode");
            }

            if (item.DangerousGoodsCode is { Length: > 0 } un && (un.Length != 4 || un.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0))
            {
                Add("MAN004", $"UNDGCode '{un}' is not a UN number: four digits, such as 1203", ix + "/UNDGCode", ip + ".DangerousGoodsCode");
            }

            Country(item.OriginCountryCode, ix + "/Origin/OriginCountryCode", ip + ".OriginCountryCode");
            for (var k = 0; k < item.ContainerIds.Count; k++)
            {
                if (!containers.Contains(item.ContainerIds[k]))
                {
                    Add("MAN014", $"container {item.ContainerIds[k]} carries this line but is not in the consignment's TransportEquipment; add it there or fix the number", $"{ix}/EquipmentIdentification[{k + 1}]/ID", $"{ip}.ContainerIds[{k}]");
                }
            }

            NotNegative(item.GrossMass, ix + "/GoodsMeasure/GrossMassMeasure", ip + ".GrossMass");
            NotNegative(item.PackageQuantity, ix + "/ConsignmentItemPackaging/QuantityQuantity", ip + ".PackageQuantity");
            allMasses &= item.GrossMass is >= 0;

            // Masses near decimal.MaxValue cannot be summed; such a bill is not compared (its values are absurd anyway).
            if (allMasses && decimal.MaxValue - sum >= item.GrossMass!.Value)
            {
                sum += item.GrossMass.Value;
            }
            else
            {
                allMasses = false;
            }
        }

        if (allMasses && c.TotalGrossMass is { } total and >= 0 && Math.Abs(total - sum) > options.GrossMassTolerance)
        {
            Add("MAN013", $"TotalGrossMassMeasure is {Xml.XmlFormat.Decimal(total)} kg but the items weigh {Xml.XmlFormat.Decimal(sum)} kg in all; make them agree", x + "/TotalGrossMassMeasure", p + ".TotalGrossMass");
        }
    }

    private void Equipment(IReadOnlyList<TransportEquipment> equipment, string x, string p)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < equipment.Count; i++)
        {
            var e = equipment[i];
            var ex = $"{x}/TransportEquipment[{i + 1}]";
            var ep = $"{p}[{i}]";
            Required(e.ContainerId, ex + "/EquipmentIdentification/ID", ep + ".ContainerId", "the container number");
            if (e.ContainerId is { Length: > 0 } id)
            {
                if (!ContainerNumber.TryParse(id, out _))
                {
                    Add("MAN010", $"container number {id} is not a valid ISO 6346 number: owner code, U/J/Z/R, 6 digits and the check digit{(id.Length == 11 && ContainerNumber.ComputeCheckDigit(id.AsSpan(0, 10)) is { } check ? $" (the check digit should be {check})" : string.Empty)}", ex + "/EquipmentIdentification/ID", ep + ".ContainerId");
                }
                else if (!seen.Add(id))
                {
                    Add("MAN018", $"container {id} is listed twice; list each container once", ex + "/EquipmentIdentification/ID", ep + ".ContainerId");
                }
            }

            if (e.CharacteristicCode is { } size && (size.Length != 4 || !size.All(char.IsAsciiLetterOrDigit)))
            {
                Add("MAN004", $"CharacteristicCode '{size}' is not an ISO 6346 size and type code: four letters or digits such as 22G1", ex + "/CharacteristicCode", ep + ".CharacteristicCode");
            }

            if (e.FullnessCode is { } fullness && (fullness.Length != 1 || !char.IsAsciiDigit(fullness[0])))
            {
                Add("MAN004", $"FullnessCode '{fullness}' is not a full/empty code: one digit, 5 full or 4 empty", ex + "/FullnessCode", ep + ".FullnessCode");
            }
        }
    }

    private void Party(ManifestParty? party, string x, string p)
    {
        if (party?.Address?.CountryCode is { } country)
        {
            Country(country, x + "/Address/CountryCode", p + ".Address.CountryCode");
        }
    }

    private void Office(string? code, string x, string p)
    {
        if (code is { Length: > 0 } && !IsOffice(code))
        {
            Add("MAN004", $"'{code}' is not a customs office code: four digits, such as 2200", x, p);
        }
    }

    private void Locode(string? id, string x, string p)
    {
        if (id is not { Length: > 0 })
        {
            return;
        }

        var slash = id.IndexOf('/', StringComparison.Ordinal);
        var code = slash < 0 ? id : id[..slash];
        var ok = code.Length == 5 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])
            && code.AsSpan(2).IndexOfAnyExcept(LocodeCharacters) < 0
            && (slash < 0 || IsOffice(id[(slash + 1)..]));
        if (!ok)
        {
            Add("MAN012", $"'{id}' is not a UN/LOCODE: 2-letter country and 3 letters or digits 2–9, optionally / and the 4-digit customs code, such as CNSHA or CNZOS/2904", x, p);
        }
    }

    private void Country(string? code, string x, string p)
    {
        if (code is { Length: > 0 } && !(code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])))
        {
            Add("MAN004", $"'{code}' is not an ISO 3166 alpha-2 country code: two upper-case letters such as CN", x, p);
        }
    }

    private void Required<T>(T? value, string x, string p, string what)
    {
        if (value is null || value is string { Length: 0 })
        {
            Add("MAN001", $"{x[(x.LastIndexOf('/') + 1)..]} is missing: give {what}", x, p);
        }
    }

    private void NotNegative(decimal? value, string x, string p)
    {
        if (value < 0)
        {
            Add("MAN004", $"{x[(x.LastIndexOf('/') + 1)..]} is {Xml.XmlFormat.Decimal(value.Value)}; a mass, volume or count cannot be negative", x, p);
        }
    }

    private static bool IsOffice(string code) => code.Length == 4 && code.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool XmlDate(string text) => Xml.XmlFormat.TryParseDate(text, out _);

    private void Add(string code, string message, string x, string p) => Issues.Add(Issue(code, ValidationSeverity.Error, message, x, p));

    private static ValidationIssue Issue(string code, ValidationSeverity severity, string message, string x, string p) =>
        new(code, severity, message, new IssueLocation { XPath = x, PropertyPath = p });
}

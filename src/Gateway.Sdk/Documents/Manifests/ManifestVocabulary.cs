using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Lists the children of each manifest element, in the order the writer and the XSD use.</summary>
internal static class ManifestVocabulary
{
    public static readonly XmlVocabulary Manifest = new(["Head", "Declaration", "Response"], keepsUnknown: true);
    public static readonly XmlVocabulary Head = new(["MessageID", "FunctionCode", "MessageType", "SenderID", "ReceiverID", "SendTime", "Version"]);
    public static readonly XmlVocabulary Declaration = new(
        ["DeclarationOfficeID", "RepresentativePerson", "ExitCustomsOffice", "EntryCustomsOffice", "Agent", "Carrier", "BorderTransportMeans", "UnloadingLocation", "AdditionalInformation"],
        ["TransportEquipment", "Consignment"],
        keepsUnknown: true);

    public static readonly XmlVocabulary BorderTransportMeans = new(["JourneyID", "TypeCode", "ID", "Name", "FirstArrivalLocationID", "ArrivalDateTime", "DepartureDateTime"], keepsUnknown: true);
    public static readonly XmlVocabulary Consignment = new(
        ["TransportContractDocument", "AssociatedTransportDocument", "GrossVolumeMeasure", "ValueAmount", "LoadingLocation", "UnloadingLocation", "GoodsReceiptPlace", "TransitDestination", "GoodsConsignedPlace", "CustomsStatusCode", "TransportSplitIndicator", "FreightPayment", "ConsignmentPackaging", "TotalGrossMassMeasure", "HandlingInstructions", "Consignee", "Consignor", "NotifyParty", "UNDGContact"],
        ["TranshipmentLocation", "RoutingCountryCode", "PreviousCustomsDocument", "TransportEquipment", "ConsignmentItem"],
        keepsUnknown: true);

    public static readonly XmlVocabulary TransportContractDocument = new(["ID", "ChangeReasonCode", "ConditionCode", "Consolidator"]);
    public static readonly XmlVocabulary Id = new(["ID"]);
    public static readonly XmlVocabulary Name = new(["Name"]);
    public static readonly XmlVocabulary Content = new(["Content"]);
    public static readonly XmlVocabulary LoadingLocation = new(["ID", "LoadingDate"]);
    public static readonly XmlVocabulary UnloadingLocation = new(["ID", "ArrivalDate"]);
    public static readonly XmlVocabulary GoodsReceiptPlace = new(["ID", "Name"]);
    public static readonly XmlVocabulary FreightPayment = new(["MethodCode"]);
    public static readonly XmlVocabulary Packaging = new(["QuantityQuantity", "TypeCode"]);
    public static readonly XmlVocabulary PreviousCustomsDocument = new(["ID", "TypeCode"]);
    public static readonly XmlVocabulary HandlingInstructions = new(["Code"]);
    public static readonly XmlVocabulary Party = new(["ID", "Name", "Address", "Contact"], ["Communication"], keepsUnknown: true);
    public static readonly XmlVocabulary Address = new(["Line", "CityName", "CountrySubEntityID", "CountrySubEntityName", "PostcodeID", "CountryCode"]);
    public static readonly XmlVocabulary Contact = new(["Name"], ["Communication"]);
    public static readonly XmlVocabulary Communication = new(["ID", "TypeID"]);
    public static readonly XmlVocabulary TransportEquipment = new(["EquipmentIdentification", "CharacteristicCode", "SupplierPartyTypeCode", "FullnessCode"], ["SealID"], keepsUnknown: true);
    public static readonly XmlVocabulary Item = new(
        ["SequenceNumeric", "ConsignmentItemPackaging", "Commodity", "UNDGCode", "AdditionalInformation", "GoodsMeasure", "CustomsProcedure", "UCR", "Origin"],
        ["EquipmentIdentification"],
        keepsUnknown: true);

    public static readonly XmlVocabulary ItemPackaging = new(["QuantityQuantity", "TypeCode", "MarksNumbers"]);
    public static readonly XmlVocabulary Commodity = new(["CargoDescription", "Classification"]);
    public static readonly XmlVocabulary Classification = new(["TariffClassificationCode"]);
    public static readonly XmlVocabulary GoodsMeasure = new(["GrossMassMeasure"]);
    public static readonly XmlVocabulary CustomsProcedure = new(["CurrentCode"]);
    public static readonly XmlVocabulary Origin = new(["OriginCountryCode"]);

    public static readonly XmlVocabulary Response = new(["BorderTransportMeans"], ["Consignment", "TransportEquipment"], keepsUnknown: true);
    public static readonly XmlVocabulary ResponseConsignment = new(["TransportContractDocument", "AssociatedTransportDocument", "ResponseType"], ["TransportEquipment"]);
    public static readonly XmlVocabulary ResponseEquipment = new(["EquipmentIdentification", "ResponseType"]);
    public static readonly XmlVocabulary ResponseType = new(["Code", "Text"]);
}

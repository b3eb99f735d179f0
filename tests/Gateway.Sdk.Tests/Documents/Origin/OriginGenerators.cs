using FsCheck;
using FsCheck.Fluent;
using Gateway.Sdk.Documents.Origin;
using R = Gateway.Sdk.Tests.Documents.TaxRefund.RefundGenerators;

namespace Gateway.Sdk.Tests.Documents.Origin;

/// <summary>Generates certificate applications of every type in the embedded list, with any text, number and date the model allows.</summary>
internal static class OriginGenerators
{
    private static Gen<string?[]> Texts(int count, int max) => Gen.ArrayOf(R.Optional(max), count);

    private static Gen<decimal?[]> Numbers(int count) => Gen.ArrayOf(Gen.OneOf(Gen.Constant<decimal?>(null), R.Amount().Select(static a => (decimal?)a)), count);

    private static Gen<DateOnly?[]> Dates(int count) => Gen.ArrayOf(Gen.OneOf(Gen.Constant<DateOnly?>(null), R.Day().Select(static d => (DateOnly?)d)), count);

    internal static Gen<CertificateHead> Head(string type) =>
        from t in Texts(53, 30)
        from n in Numbers(2)
        from d in Dates(5)
        from status in Gen.Elements<CertificateStatus?>(null, CertificateStatus.Normal, CertificateStatus.Change, CertificateStatus.Reissue, CertificateStatus.ChangeAndReissue)
        select new CertificateHead
        {
            ApplicationType = t[0], Status = status, CertificateNumber = t[1], CertificateType = type, EnterpriseManagementNumber = t[2],
            ExporterRegistrationCode = t[3], ApplicantRegistrationNumber = t[4], EnterpriseName = t[5], ApplicantName = t[6], ApplicantIdNumber = t[7],
            ApplicantPhone = t[8], IssuingAuthority = t[9], CollectionPlace = t[10], ApplicantAddress = t[11], ApplicationDate = d[0],
            InvoiceNumber = t[12], InvoiceDate = d[1], DestinationCountry = t[13], DestinationCountryCode = t[14], DestinationCountryName = t[15],
            Exporter = t[16], Consignee = t[17], Producer = t[18], Marks = t[19], SpecialGoodsClause = t[20], LoadingPort = t[21], DischargePort = t[22],
            TransitPort = t[23], DestinationPort = t[24], TransportMeans = t[25], TransportName = t[26], TransitCountryCode = t[27], TransitCountryName = t[28],
            RouteDetails = t[29], IntendedExportDate = d[2], TradeMode = t[30], FobValue = n[0], TotalAmount = n[1], Currency = t[31], ContractNumber = t[32],
            LetterOfCreditNumber = t[33], SpecialInvoiceTerms = t[34], PriceTerms = t[35], Note = t[36], Remark = t[37], ProducerConfidential = t[38],
            Exhibition = t[39], ThirdPartyInvoicing = t[40], ExporterPhone = t[41], ExporterFax = t[42], ExporterEmail = t[43], ConsigneePhone = t[44],
            ConsigneeFax = t[45], ConsigneeEmail = t[46], PreIssue = t[47], ExportDeclarationDate = d[3], EntryId = t[48], OriginCountryCode = t[49],
            OriginCountry = t[50], ValidUntil = d[4], EnterpriseContact = t[51], EnterprisePhone = t[52], ProcessingAssembly = t[0] is null ? null : "1",
        };

    internal static Gen<CertificateGoods> Goods(int line) =>
        from t in Texts(26, 30)
        from n in Numbers(12)
        select new CertificateGoods
        {
            LineNumber = line, ItemFlag = t[0], HsCode = t[1], Name = t[2], NameEn = t[3], Description = t[4], PackageCount = n[0], PackageUnit = t[5],
            PackageKind = t[6], Quantity = n[1], Unit = t[7], UnitEn = t[8], ReferenceQuantity = n[2], ReferenceUnit = t[9], SecondReferenceQuantity = n[3],
            SecondReferenceUnit = t[10], GrossWeight = n[4], NetWeight = n[5], WeightUnit = t[11], InvoicePrice = n[6], InvoiceValue = n[7], FobValue = n[8],
            ImportedContentRatio = n[9], OriginCriterion = t[12], OriginSubCriterion = t[13], OriginCriterionReference = t[14], ProducerRegistrationCode = t[15],
            ProducerName = t[16], ProducerContact = t[17], ProducerContactPhone = t[18], ProducerPhone = t[19], ProducerFax = t[20], ProducerEmail = t[21],
            ProducerConfidential = t[22], OriginCountry = t[23], OriginCountryEn = t[24], ImportingPartyTariffRate = n[10], InvoiceNumber = t[25],
        };

    internal static Gen<CertificateOfOrigin> Certificate() =>
        from type in Gen.Elements(CertificateTypes.Default.All.Select(static t => t.Code).ToArray())
        from head in Head(type)
        from lines in Gen.Choose(1, 4)
        from goods in R.Rows(lines, Goods)
        from modification in Gen.OneOf(Gen.Constant<CertificateModification?>(null),
            from t in Texts(5, 30) from d in Dates(2)
            select (CertificateModification?)new CertificateModification { OriginalCertificateNumber = t[0], Reason = t[1], ChangedFields = t[2], OriginalDescription = t[3], NewDescription = t[4], OriginalApplicationDate = d[0], OriginalIssueDate = d[1] })
        from operators in Gen.Choose(0, 2).SelectMany(static k => R.Rows(k, i => from t in Texts(4, 30) select new NonPartyOperator { SortNumber = i, Name = t[0], Address = t[1], CountryCode = t[2], CountryName = t[3] }))
        from invoices in Gen.Choose(0, 2).SelectMany(static k => R.Rows(k, _ => from t in Texts(6, 20) from d in Dates(1) from n in Numbers(1)
            select new OriginInvoice { Number = t[0], Date = d[0], Value = n[0], Currency = t[1], PriceClause = t[2], ContractNumber = t[3], LetterOfCreditNumber = t[4], SpecialTerms = t[5] }))
        from commitment in R.Optional(2)
        select new CertificateOfOrigin { Head = head, Goods = goods, Modification = modification, NonPartyOperators = operators, Invoices = invoices, ApplicantCommitment = commitment };
}

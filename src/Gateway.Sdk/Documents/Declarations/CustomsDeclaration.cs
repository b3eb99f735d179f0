using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents a customs declaration or record list (报关单 / 备案清单): the <c>DecMessage</c> of the single window.</summary>
/// <remarks>
/// Immutable, with value equality. Set semantic values: for example <see cref="DeclarationGoods.OriginCountry"/> is
/// always the country of origin, and the writer applies the specification's export swap. Build one in code, or read
/// one with <see cref="DeclarationXmlReader"/>; check it with <see cref="DeclarationValidator"/>; write it with
/// <see cref="DeclarationXmlWriter"/>.
/// </remarks>
public sealed record CustomsDeclaration
{
    /// <summary>The namespace of <c>DecMessage</c>.</summary>
    public const string Namespace = "http://www.chinaport.gov.cn/dec";

    /// <summary>The specification version the SDK's field table follows, written as <c>DecMessage/@Version</c> by default.</summary>
    public const string DefaultVersion = "4.8";

    /// <summary>Gets the specification version written in the root's <c>Version</c> attribute (an..5), or <see langword="null"/> to omit it.</summary>
    /// <value>Defaults to <see cref="DefaultVersion"/>; versions seen in public code are 3.1 and 4.8.</value>
    public string? Version { get; init; } = DefaultVersion;

    /// <summary>Gets the header (<c>DecHead</c>).</summary>
    public required DeclarationHead Head { get; init; }

    /// <summary>Gets the goods lines (<c>DecLists/DecList</c>), 1 to 50, numbered 1, 2, 3… in <see cref="DeclarationGoods.ItemNumber"/>.</summary>
    public IReadOnlyList<DeclarationGoods> Goods { get; init => field = EquatableList.From(value); } = EquatableList<DeclarationGoods>.Empty;

    /// <summary>Gets the containers (<c>DecContainers/Container</c>).</summary>
    public IReadOnlyList<DeclarationContainer> Containers { get; init => field = EquatableList.From(value); } = EquatableList<DeclarationContainer>.Empty;

    /// <summary>Gets the attached licences and certificates (<c>DecLicenseDocus/LicenseDocu</c>).</summary>
    public IReadOnlyList<AttachedLicence> AttachedLicences { get; init => field = EquatableList.From(value); } = EquatableList<AttachedLicence>.Empty;

    /// <summary>Gets the inspection certificates requested (<c>DecRequestCerts/DecRequestCert</c>).</summary>
    public IReadOnlyList<RequestedCertificate> RequestedCertificates { get; init => field = EquatableList.From(value); } = EquatableList<RequestedCertificate>.Empty;

    /// <summary>Gets the other packaging kinds (<c>DecOtherPacks/DecOtherPack</c>).</summary>
    public IReadOnlyList<OtherPackage> OtherPackages { get; init => field = EquatableList.From(value); } = EquatableList<OtherPackage>.Empty;

    /// <summary>Gets the enterprise qualifications (<c>DecCopLimits/DecCopLimit</c>).</summary>
    public IReadOnlyList<EnterpriseQualification> EnterpriseQualifications { get; init => field = EquatableList.From(value); } = EquatableList<EnterpriseQualification>.Empty;

    /// <summary>Gets the users of the goods (<c>DecUsers/DecUser</c>).</summary>
    public IReadOnlyList<GoodsUser> Users { get; init => field = EquatableList.From(value); } = EquatableList<GoodsUser>.Empty;

    /// <summary>Gets the enterprise commitments (<c>DecCopPromises/DecCopPromise</c>).</summary>
    public IReadOnlyList<EnterprisePromise> Promises { get; init => field = EquatableList.From(value); } = EquatableList<EnterprisePromise>.Empty;

    /// <summary>Gets the operation and signing block (<c>DecSign</c>), which carries the idempotency key <see cref="DeclarationSign.ClientSeqNo"/>.</summary>
    public required DeclarationSign Sign { get; init; }

    /// <summary>Gets the free text and related numbers (<c>DecFreeTxt</c>), such as the voyage number.</summary>
    public DeclarationFreeText? FreeText { get; init; }

    /// <summary>Gets the electronic attached documents (<c>EdocRealation</c>, misspelled in the specification).</summary>
    public IReadOnlyList<ElectronicDocument> ElectronicDocuments { get; init => field = EquatableList.From(value); } = EquatableList<ElectronicDocument>.Empty;

    /// <summary>Gets the links of goods lines to certificates of origin (<c>EcoRelation</c>).</summary>
    public IReadOnlyList<OriginCertificateRelation> OriginCertificateRelations { get; init => field = EquatableList.From(value); } = EquatableList<OriginCertificateRelation>.Empty;

    /// <summary>Gets root-level elements the SDK does not model (such as <c>DecSupplement</c> or the transit blocks) read from a message; the writer puts them back at the end.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}

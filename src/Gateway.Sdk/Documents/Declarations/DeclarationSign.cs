using Gateway.Sdk.Codes;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Documents.Declarations;

/// <summary>Represents the operation and signing block (报关单签名).</summary>
/// <remarks>Wire element <c>DecSign</c>; see <c>docs/declarations.md</c> for the field table.</remarks>
public sealed record DeclarationSign
{
    /// <summary>Gets the operation: A upload, B declaration and transit upload, C submit, D declaration and transit submit, E e-manual upload, G save draft (操作类型).</summary>
    /// <remarks>Wire element <c>OperType</c>. Required to save a draft and to submit.</remarks>
    public string? OperationType { get; init; }

    /// <summary>Gets the operator's IC card number (操作员IC卡号).</summary>
    /// <remarks>Wire element <c>ICCode</c>. Optional.</remarks>
    public string? CardNumber { get; init; }

    /// <summary>Gets the operator's name (操作员姓名).</summary>
    /// <remarks>Wire element <c>OperName</c>. Optional.</remarks>
    public string? OperatorName { get; init; }

    /// <summary>Gets the operating enterprise's code (操作企业组织机构代码).</summary>
    /// <remarks>Wire element <c>CopCode</c>. Optional.</remarks>
    public string? EnterpriseCode { get; init; }

    /// <summary>Gets the client-side unique id of this declaration, fixed before the first send and echoed in receipts (客户端报关单编号).</summary>
    /// <remarks>Wire element <c>ClientSeqNo</c>. Required to save a draft and to submit.</remarks>
    public string? ClientSeqNo { get; init; }

    /// <summary>Gets the signature value produced by the IC card or key (数字签名信息).</summary>
    /// <remarks>Wire element <c>Sign</c>. Required to submit.</remarks>
    public string? Signature { get; init; }

    /// <summary>Gets the signature time; the exact pattern is not published (签名日期).</summary>
    /// <remarks>Wire element <c>SignDate</c>. Required to submit.</remarks>
    public string? SignDate { get; init; }

    /// <summary>Gets the client mailbox host id; deprecated (客户端邮箱的HostId).</summary>
    /// <remarks>Wire element <c>HostId</c>. Optional.</remarks>
    public string? HostId { get; init; }

    /// <summary>Gets the operator card's certificate number (操作员卡的证书号).</summary>
    /// <remarks>Wire element <c>Certificate</c>. Optional.</remarks>
    public string? CertificateNumber { get; init; }

    /// <summary>Gets the signer role: 1 entry clerk, 2 declarant (签名人分类).</summary>
    /// <remarks>Wire element <c>DomainId</c>. Optional.</remarks>
    public string? SignerRole { get; init; }

    /// <summary>Gets the remark (备注).</summary>
    /// <remarks>Wire element <c>Note</c>. Optional.</remarks>
    public string? Note { get; init; }

    /// <summary>Gets the unified number of the related list (对应清单统一编号).</summary>
    /// <remarks>Wire element <c>BillSeqNo</c>. Optional.</remarks>
    public string? BillSeqNo { get; init; }

    /// <summary>Gets elements the SDK does not model that were read from a message; the writer puts them back at the end of the block.</summary>
    public IReadOnlyList<XmlExtension> AdditionalElements { get; init => field = EquatableList.From(value); } = EquatableList<XmlExtension>.Empty;
}

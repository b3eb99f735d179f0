using System.Xml;
using Gateway.Sdk.Documents;
using Gateway.Sdk.Signing;
using Gateway.Sdk.Validation;
using Gateway.Sdk.Xml;

namespace Gateway.Sdk.Transport;

/// <summary>Represents one message ready to deliver: its bytes and the client-side id that makes delivery idempotent.</summary>
/// <remarks>
/// The id is read from the message itself, so it is fixed before the first attempt and every retry reuses it:
/// <c>CopMsgId</c> of a DXP envelope, or the family's own key of a bare business message
/// (declarations: <c>DecSign/ClientSeqNo</c>; manifests: <c>Head/MessageID</c>). The gateway files a message at most once per id.
/// </remarks>
public sealed record GatewayMessage
{
    /// <summary>Gets the client-side id: the de-duplication key.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the family, such as <c>declaration</c>.</summary>
    public required string Family { get; init; }

    /// <summary>Gets the message type, such as <c>DECMSG</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>Gets the bytes to send: a DXP envelope or a bare business message, UTF-8 XML.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Content"/> is a DXP envelope.</summary>
    public bool IsEnveloped { get; init; }

    /// <summary>Gets the business message: the envelope's <c>Data</c>, or <see cref="Content"/> itself when it is not enveloped.</summary>
    public ReadOnlyMemory<byte> Payload
    {
        get => _payload.IsEmpty ? Content : _payload;
        init => _payload = value;
    }

    private readonly ReadOnlyMemory<byte> _payload;

    /// <summary>Gets the business message's own id (declarations: <c>ClientSeqNo</c>), which receipts echo; empty when it has none.</summary>
    internal string BusinessId { get; init; } = string.Empty;

    /// <summary>Computes what makes two presentations of an id the same filing: the SHA-256 of the business message with
    /// its enveloped <c>ds:Signature</c> (if any) left out, so a re-signed or re-enveloped copy of the same content counts
    /// as the same filing while any change of content does not.</summary>
    /// <returns>The lower-case hex digest.</returns>
    public string PayloadHash()
    {
        var bytes = Payload.Span;
        var start = bytes.LastIndexOf("<ds:Signature"u8);
        while (start >= 0 && bytes.Length > start + 13 && bytes[start + 13] is not ((byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            start = bytes[..start].LastIndexOf("<ds:Signature"u8);
        }

        var length = start < 0 ? -1 : bytes[start..].IndexOf("</ds:Signature>"u8) + "</ds:Signature>".Length;
        var rest = length > 0 ? bytes[(start + length)..].Trim(" \t\r\n"u8) : default;

        // Only an enveloped signature that is the root's last child is left out: what follows it must be the root's end tag.
        if (length > 0 && rest.StartsWith("</"u8) && rest.LastIndexOf((byte)'<') == 0)
        {
            using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            sha.AppendData(bytes[..start]);
            sha.AppendData(bytes[(start + length)..]);
            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    /// <summary>Identifies a message: a DXP envelope or a bare business message of a supported family.</summary>
    /// <param name="xml">The message, UTF-8 XML.</param>
    /// <param name="limits">Input limits; <see langword="null"/> for <see cref="XmlLimits.Default"/>.</param>
    /// <returns>The message with its id, family and type.</returns>
    /// <exception cref="DocumentValidationException">The message cannot be read, its family is not supported, or it has no client-side id (<c>MSG001</c>).</exception>
    public static GatewayMessage FromXml(ReadOnlyMemory<byte> xml, XmlLimits? limits = null)
    {
        var result = Identify(xml, limits ?? XmlLimits.Default);
        return result.GetValueOrThrow();
    }

    /// <summary>Wraps a business message in a new DXP envelope (with a fresh <c>CopMsgId</c> unless one is given), signing the envelope when a signer is given.</summary>
    /// <param name="businessXml">The business message, UTF-8 XML of a supported family.</param>
    /// <param name="senderId">The sender's DXP node id (<c>DXPENT…</c>).</param>
    /// <param name="receiverId">The receiver's node id; <see langword="null"/> for the family's (declarations: <see cref="DxpEnvelope.DeclarationReceiver"/>).</param>
    /// <param name="signer">Signs the envelope; <see langword="null"/> to leave it unsigned.</param>
    /// <param name="profile">The signature profile; <see langword="null"/> for <see cref="SignatureProfiles.Sm2ChinaPort"/> with an SM2 key and <see cref="SignatureProfiles.RsaSha1Ceb"/> with RSA.</param>
    /// <param name="timeProvider">The clock for <c>CreatTime</c>; <see langword="null"/> for the system clock.</param>
    /// <param name="copMsgId">The envelope's id; <see langword="null"/> for a new one (<see cref="DxpEnvelope.NewCopMsgId"/>). Pass a stored id to rebuild the same filing.</param>
    /// <param name="cancellationToken">Cancels signing.</param>
    /// <returns>The enveloped message; its <see cref="Id"/> is the new <c>CopMsgId</c>.</returns>
    /// <exception cref="DocumentValidationException">The business message cannot be read or the envelope fields are invalid.</exception>
    /// <exception cref="SigningException">Signing failed.</exception>
    public static async Task<GatewayMessage> EnvelopeAsync(
        ReadOnlyMemory<byte> businessXml,
        string senderId,
        string? receiverId = null,
        ISigner? signer = null,
        SignatureProfile? profile = null,
        TimeProvider? timeProvider = null,
        string? copMsgId = null,
        CancellationToken cancellationToken = default)
    {
        var business = FromXml(businessXml);
        var id = copMsgId ?? DxpEnvelope.NewCopMsgId();
        var envelope = new DxpEnvelope
        {
            CopMsgId = id,
            SenderId = senderId,
            ReceiverIds = [receiverId ?? DxpEnvelope.DeclarationReceiver],
            CreatedAt = (timeProvider ?? TimeProvider.System).GetLocalNow(),
            MessageType = business.MessageType,
            Data = businessXml,
            FileName = $"{business.MessageType}_{id}.xml",
        };
        var bytes = envelope.ToXml();
        if (signer is not null)
        {
            profile ??= KeyMaterial.PublicKey(signer.Certificate).Rsa is null ? SignatureProfiles.Sm2ChinaPort : SignatureProfiles.RsaSha1Ceb;
            bytes = await XmlSigner.SignAsync(bytes, profile, signer, cancellationToken).ConfigureAwait(false);
        }

        return business with { Id = id, Content = bytes, IsEnveloped = true, Payload = businessXml };
    }

    /// <summary>Identifies a message without throwing: what the simulator and the client share.</summary>
    /// <param name="xml">The message.</param>
    /// <param name="limits">Input limits.</param>
    /// <param name="inEnvelope">Whether the message is an envelope's <c>Data</c>, whose own id the envelope's <c>CopMsgId</c> replaces.</param>
    internal static ReadResult<GatewayMessage> Identify(ReadOnlyMemory<byte> xml, XmlLimits limits, bool inEnvelope = false)
    {
        XmlDocument document;
        try
        {
            document = XmlInput.LoadDocument(xml, limits);
        }
        catch (Exception e) when (XmlInput.ToIssue(e, limits) is { } issue)
        {
            return Failed(issue);
        }

        var root = document.DocumentElement!;
        if (root.LocalName == "DxpMsg" && root.NamespaceURI == DxpEnvelope.Namespace)
        {
            var envelope = DxpEnvelope.FromDocument(document);
            if (envelope.Value is not { } dxp)
            {
                return new ReadResult<GatewayMessage>(null, envelope.Report);
            }

            var inner = Identify(dxp.Data, limits, inEnvelope: true);
            return inner.Value is { } business
                ? new ReadResult<GatewayMessage>(business with { Id = dxp.CopMsgId, MessageType = dxp.MessageType, Content = xml, IsEnveloped = true, Payload = dxp.Data, BusinessId = business.Id }, inner.Report)
                : new ReadResult<GatewayMessage>(null, new ValidationReport(inner.Report.Issues.Select(i => i with { Message = "in Data: " + i.Message })));
        }

        var family = DocumentFamily.Of(root.LocalName, root.NamespaceURI);
        if (family is null)
        {
            return Failed(new ValidationIssue("GW001", ValidationSeverity.Error, $"the root element {{{root.NamespaceURI}}}{root.LocalName} is not a message the SDK can deliver; supported: {DocumentFamily.Supported}; DxpMsg (DXP envelope)", new IssueLocation { XPath = "/" + root.LocalName }));
        }

        var id = family.ClientId(root);
        if (string.IsNullOrEmpty(id) && !inEnvelope)
        {
            return Failed(new ValidationIssue("MSG001", ValidationSeverity.Error, $"the {family.Name} has no {family.ClientIdPath}, the client-side id that keeps it from being filed twice: set it (unique per filing) or wrap the message in a DXP envelope", new IssueLocation { XPath = $"/{root.LocalName}/{family.ClientIdPath}" }));
        }

        return new ReadResult<GatewayMessage>(new GatewayMessage { Id = id ?? string.Empty, BusinessId = id ?? string.Empty, Family = family.Name, MessageType = family.MessageTypeOf(root.NamespaceURI), Content = xml }, ValidationReport.Empty);
    }

    private static ReadResult<GatewayMessage> Failed(ValidationIssue issue) => new(null, new ValidationReport([issue]));
}

namespace Gateway.Sdk.Signing;

/// <summary>Reports that a document or key could not be used for signing; the message says what to fix and never contains key material or passwords.</summary>
public sealed class SigningException : GatewayException
{
    /// <summary>Initializes a new instance of the <see cref="SigningException"/> class.</summary>
    public SigningException()
    {
        Code = "SIG000";
    }

    /// <summary>Initializes a new instance of the <see cref="SigningException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public SigningException(string message)
        : base(message)
    {
        Code = "SIG000";
    }

    /// <summary>Initializes a new instance of the <see cref="SigningException"/> class with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SigningException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "SIG000";
    }

    /// <summary>Initializes a new instance of the <see cref="SigningException"/> class with a code and a message.</summary>
    /// <param name="code">The issue code, as listed in docs/signing.md.</param>
    /// <param name="message">A one-line message: what is wrong and how to fix it.</param>
    public SigningException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Gets the issue code (<c>SIGnnn</c>, <c>KEYnnn</c> or <c>XMLnnn</c>).</summary>
    public string Code { get; }
}

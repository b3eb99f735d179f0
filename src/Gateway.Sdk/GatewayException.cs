namespace Gateway.Sdk;

/// <summary>Is the base of the exceptions Gateway.Sdk throws for documents and deliveries.</summary>
/// <remarks>Misuse of the API (a <see langword="null"/> argument, say) throws the usual argument exceptions instead.</remarks>
public class GatewayException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GatewayException"/> class.</summary>
    public GatewayException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayException"/> class with a message.</summary>
    /// <param name="message">A one-line message: where, what, and how to fix it.</param>
    public GatewayException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GatewayException"/> class with a message and a cause.</summary>
    /// <param name="message">A one-line message: where, what, and how to fix it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public GatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

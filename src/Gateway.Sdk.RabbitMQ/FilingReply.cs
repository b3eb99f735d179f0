using System.Globalization;
using System.Text;
using Gateway.Sdk.Transport;

namespace Gateway.Sdk.RabbitMQ;

/// <summary>Carries a worker's answer for one filing back to the batch in the reply's AMQP headers (strings only, no serializer).</summary>
internal static class FilingReply
{
    private const string Outcome = "gateway-outcome";

    public static Dictionary<string, object?> Filed(SubmissionResult result) => new()
    {
        [Outcome] = "filed",
        ["gateway-id"] = result.Filing.Id,
        ["gateway-family"] = result.Filing.Family,
        ["gateway-type"] = result.Filing.MessageType,
        ["gateway-accepted-at"] = result.Filing.AcceptedAt.ToString("O", CultureInfo.InvariantCulture),
        ["gateway-presented"] = result.Filing.TimesPresented.ToString(CultureInfo.InvariantCulture),
        ["gateway-already-filed"] = result.AlreadyFiled ? "true" : "false",
        ["gateway-attempts"] = result.Attempts.ToString(CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, object?> Failed(string errorCode, string message, int? statusCode, bool transient) => new()
    {
        [Outcome] = transient ? "transient" : "refused",
        ["gateway-error"] = errorCode,
        ["gateway-message"] = message,
        ["gateway-status"] = statusCode?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Reads a reply: the submission result, or the exception the batch would have met submitting directly.</summary>
    public static SubmissionResult Read(IDictionary<string, object?>? headers, string messageId, string correlationId)
    {
        string Get(string name) => headers?.TryGetValue(name, out var value) == true ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            _ => value?.ToString() ?? string.Empty,
        } : string.Empty;

        switch (Get(Outcome))
        {
            case "filed":
                var filing = new Filing(Get("gateway-id"), Get("gateway-family"), Get("gateway-type"), DateTimeOffset.Parse(Get("gateway-accepted-at"), CultureInfo.InvariantCulture), int.Parse(Get("gateway-presented"), CultureInfo.InvariantCulture));
                return new SubmissionResult(filing, Get("gateway-already-filed") == "true", int.Parse(Get("gateway-attempts"), CultureInfo.InvariantCulture), correlationId);
            case var outcome and ("refused" or "transient"):
                var status = int.TryParse(Get("gateway-status"), CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
                throw new GatewayRequestException(Get("gateway-error"), Get("gateway-message"), status, isTransient: outcome == "transient", mayHaveBeenFiled: outcome == "transient", messageId, correlationId, null);
            default:
                throw new GatewayRequestException("GW-QUEUE", $"a worker answered {messageId} with outcome '{Get(Outcome)}', which this version does not know; run workers and batch of the same version", null, isTransient: true, mayHaveBeenFiled: true, messageId, correlationId, null);
        }
    }
}

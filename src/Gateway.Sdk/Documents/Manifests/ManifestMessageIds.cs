using System.Globalization;

namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Creates manifest message ids (<c>Head/MessageID</c>) in the documented shape, unique per sender.</summary>
/// <remarks>
/// The shape is the one of the public samples: <c>CN_</c>, the message type, <c>_1p1_</c>, the sender id, <c>_</c>
/// and the send time as <c>yyyyMMddHHmmssfff</c> in China Standard Time, such as
/// <c>CN_MT2101_1p1_2200123456789_00000001_20261122093015250</c>. Two ids asked for the same sender in the same
/// millisecond get consecutive milliseconds, so ids never repeat within one instance; use one instance per process
/// (it is thread-safe) and keep the id of a filing for all of its retries.
/// </remarks>
public sealed class ManifestMessageIds
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTime> _last = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Initializes a new instance of the <see cref="ManifestMessageIds"/> class.</summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public ManifestMessageIds(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Creates the next id for a sender, and the send time it carries.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="senderId">The sender id written in <c>Head/SenderID</c>.</param>
    /// <returns>The id, and the time to write in <c>Head/SendTime</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="senderId"/> is empty, or <paramref name="type"/> is the default value.</exception>
    public (string MessageId, DateTime SendTime) Next(ManifestMessageType type, string senderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(senderId);
        if (type.Code.Length == 0)
        {
            throw new ArgumentException("give a message type such as ManifestMessageType.PreStowageManifest", nameof(type));
        }

        var now = _time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        lock (_lock)
        {
            if (_last.TryGetValue(senderId, out var last) && now <= last)
            {
                now = last.AddMilliseconds(1);
            }

            _last[senderId] = now;
        }

        return (Format(type, senderId, now), now);
    }

    /// <summary>Creates a manifest header with a fresh id and send time.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="senderId">The sender id.</param>
    /// <param name="receiverId">The receiver: the 4-digit customs code of the declaring office, or <c>EPORT</c>.</param>
    /// <param name="function">The function; <see langword="null"/> for <see cref="ManifestFunctionCode.Original"/>.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ManifestHead Head(ManifestMessageType type, string senderId, string receiverId, ManifestFunctionCode? function = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(receiverId);
        var (id, time) = Next(type, senderId);
        return new ManifestHead
        {
            MessageId = id,
            FunctionCode = function ?? ManifestFunctionCode.Original,
            MessageType = type,
            SenderId = senderId,
            ReceiverId = receiverId,
            SendTime = time,
        };
    }

    /// <summary>Formats an id for a given send time.</summary>
    /// <param name="type">The message type.</param>
    /// <param name="senderId">The sender id.</param>
    /// <param name="sendTime">The send time, China Standard Time.</param>
    /// <returns>The id.</returns>
    public static string Format(ManifestMessageType type, string senderId, DateTime sendTime) =>
        $"CN_{type.Code}_1p1_{senderId}_{sendTime.ToString(ManifestNodes.SendTimeFormat, CultureInfo.InvariantCulture)}";
}

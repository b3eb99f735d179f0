using System.Globalization;

namespace Gateway.Sdk.Documents.TaxRefund;

/// <summary>Formats and reads the purchase form's row numbers (序号): <c>0001</c> to <c>9999</c>, then <c>A001</c> to <c>A999</c>, <c>B001</c> … <c>Z999</c>.</summary>
/// <remarks>The letter sequence after 9999 is from reference/china-formats.md §4.3 (confidence M); whether a letter skips
/// I or O is not stated, so every letter A–Z is used.</remarks>
public static class PurchaseRowNumber
{
    /// <summary>Gets the largest ordinal the sequence can number: 9,999 + 26 × 999.</summary>
    public const int Max = 9999 + (26 * 999);

    /// <summary>Formats an ordinal.</summary>
    /// <param name="ordinal">The row's ordinal, from 1.</param>
    /// <returns><c>0001</c> for 1, <c>9999</c> for 9,999, <c>A001</c> for 10,000.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is below 1 or above <see cref="Max"/>.</exception>
    public static string Format(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ordinal, Max);
        if (ordinal <= 9999)
        {
            return ordinal.ToString("D4", CultureInfo.InvariantCulture);
        }

        var rest = ordinal - 10000;
        return string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (rest / 999))}{(rest % 999) + 1:D3}");
    }

    /// <summary>Reads a row number back into its ordinal.</summary>
    /// <param name="text">The row number.</param>
    /// <param name="ordinal">The ordinal, from 1.</param>
    /// <returns><see langword="true"/> when the text is a row number of the sequence.</returns>
    public static bool TryParse(string? text, out int ordinal)
    {
        ordinal = 0;
        if (text is not { Length: 4 })
        {
            return false;
        }

        if (text[0] is >= 'A' and <= 'Z' && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 999)
        {
            ordinal = 10000 + ((text[0] - 'A') * 999) + (n - 1);
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ordinal) && ordinal >= 1;
    }
}

/// <summary>Formats and reads the 21-character declaration number of the export form: the 18-digit customs entry id (报关单号),
/// then the declaration line's item number in three digits (<c>0</c> and the 2-digit item, as the older refund system wrote it).</summary>
/// <remarks>reference/china-formats.md §4.2: positions 20–21 hold the 2-digit item number; position 19 is <c>0</c>.
/// Confidence M ("verify for the 2022 tool"), so <see cref="Format"/> is the only place that decides it.</remarks>
public static class RefundDeclarationNumber
{
    /// <summary>Formats an entry id and item number.</summary>
    /// <param name="entryId">The 18-digit entry id.</param>
    /// <param name="itemNumber">The declaration line, 1 to 99.</param>
    /// <returns>The 21 characters.</returns>
    /// <exception cref="ArgumentException"><paramref name="entryId"/> is not 18 digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is not 1 to 99.</exception>
    public static string Format(string entryId, int itemNumber)
    {
        if (entryId is not { Length: 18 } || !entryId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"entry id '{entryId}' is not 18 digits", nameof(entryId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(itemNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemNumber, 99);
        return string.Create(CultureInfo.InvariantCulture, $"{entryId}0{itemNumber:D2}");
    }

    /// <summary>Splits a 21-character declaration number into entry id and item number.</summary>
    /// <param name="text">The number.</param>
    /// <param name="entryId">The 18-digit entry id.</param>
    /// <param name="itemNumber">The item number.</param>
    /// <returns><see langword="true"/> when the text is 21 digits with an item from 1 to 99.</returns>
    public static bool TryParse(string? text, out string entryId, out int itemNumber)
    {
        (entryId, itemNumber) = (string.Empty, 0);
        if (text is not { Length: 21 } || !text.All(char.IsAsciiDigit) || text[18] != '0')
        {
            return false;
        }

        var item = ((text[19] - '0') * 10) + (text[20] - '0');
        if (item < 1)
        {
            return false;
        }

        (entryId, itemNumber) = (text[..18], item);
        return true;
    }
}

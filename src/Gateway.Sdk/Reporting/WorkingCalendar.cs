using System.Globalization;
using Gateway.Sdk.Codes;

namespace Gateway.Sdk.Reporting;

/// <summary>Says which days are working days in mainland China: Monday to Friday, minus public holidays, plus the weekend days worked in exchange (调休上班).</summary>
/// <remarks>
/// <see cref="China"/> reads the SDK's data file (<c>Codes/Data/cn-working-calendar.csv</c>, from the State Council's
/// holiday notices for 2025 and 2026); <see cref="Load"/> reads a file of the same layout, so a user adds a year when the
/// notice is published without a new SDK. Years the file does not cover count Monday to Friday only, and
/// <see cref="Covers"/> says so. Immutable and thread-safe.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, bool> _exceptions;
    private readonly HashSet<int> _years;

    private WorkingCalendar(Dictionary<DateOnly, bool> exceptions)
    {
        _exceptions = exceptions;
        _years = [.. exceptions.Keys.Select(static d => d.Year)];
    }

    /// <summary>Gets the calendar the SDK ships.</summary>
    public static WorkingCalendar China { get; } = Read(CsvData.Embedded("Gateway.Sdk.Codes.cn-working-calendar.csv"), "cn-working-calendar.csv");

    /// <summary>Reads a calendar file: <c>#</c> comment lines, the header <c>date,kind,name</c>, then one row per day that differs from Monday to Friday (<c>kind</c> <c>holiday</c> or <c>workday</c>, dates as <c>yyyy-MM-dd</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="FormatException">A row is not a date and a kind; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static WorkingCalendar Load(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Gets a value indicating whether the calendar lists the holidays of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the file has rows for that year.</returns>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>Gets a value indicating whether a day is a working day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(DateOnly day) => _exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Counts the working days a task took: those after the day it started, up to and including the day it ended.</summary>
    /// <param name="start">The day it started (filed).</param>
    /// <param name="end">The day it ended (answered).</param>
    /// <returns>0 when it ended on the day it started or on the non-working days after it; otherwise the working days counted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <remarks>A filing made on Friday and answered on the next Tuesday took 2 working days (Monday and Tuesday).</remarks>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var days = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            days += IsWorkingDay(day) ? 1 : 0;
        }

        return days;
    }

    private static WorkingCalendar Read(TextReader reader, string name)
    {
        var data = CsvData.Read(reader, name);
        var exceptions = new Dictionary<DateOnly, bool>();
        foreach (var (line, cells) in data.Rows)
        {
            if (cells.Length < 2 || !DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || cells[1] is not ("holiday" or "workday"))
            {
                throw new FormatException($"{name}:{line}: expected a date (yyyy-MM-dd) and the kind holiday or workday, found '{string.Join(',', cells)}'; fix the row or remove it");
            }

            exceptions[day] = cells[1] == "workday";
        }

        return new WorkingCalendar(exceptions);
    }
}

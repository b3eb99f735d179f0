using Gateway.Sdk.Reporting;

namespace Gateway.Sdk.Tests.Reporting;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    [Theory]
    [InlineData("2026-02-16", false)] // Monday in the Spring Festival holiday (2月15日至23日放假)
    [InlineData("2026-02-14", true)] // Saturday worked in exchange (2月14日周六上班)
    [InlineData("2026-02-28", true)] // Saturday worked in exchange
    [InlineData("2026-09-20", true)] // Sunday worked before National Day (9月20日周日上班)
    [InlineData("2026-10-07", false)] // Wednesday, last day of National Day
    [InlineData("2026-10-08", true)] // Thursday after it
    [InlineData("2025-01-26", true)] // Sunday worked before the 2025 Spring Festival
    [InlineData("2025-10-08", false)] // 2025: National Day and Mid-Autumn merged to 8 days
    [InlineData("2026-11-21", false)] // an ordinary Saturday
    [InlineData("2026-11-23", true)] // an ordinary Monday
    public void IsWorkingDay_FollowsTheStateCouncilNotices(string day, bool working) =>
        China.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(working);

    [Fact]
    public void WorkingDaysBetween_AcrossTheSpringFestival_CountsTheMakeUpSaturdayAndSkipsTheHoliday()
    {
        // Filed Friday 2026-02-13, answered Thursday 2026-02-26. After the 13th: 14th (Saturday, worked) = 1;
        // 15th to 23rd holiday = 0; 24th, 25th, 26th = 3 more. Total 4.
        China.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 26)).ShouldBe(4);
    }

    [Fact]
    public void WorkingDaysBetween_SameDayOrOverAWeekend_CountsOnlyWorkingDaysAfterTheStart()
    {
        China.WorkingDaysBetween(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)).ShouldBe(0);
        China.WorkingDaysBetween(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 22)).ShouldBe(0); // Friday to Sunday
        China.WorkingDaysBetween(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24)).ShouldBe(2); // Friday to Tuesday
        Should.Throw<ArgumentOutOfRangeException>(() => China.WorkingDaysBetween(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void Covers_TheYearsOfTheDataFileOnly()
    {
        (China.Covers(2025), China.Covers(2026), China.Covers(2027)).ShouldBe((true, true, false));
        China.IsWorkingDay(new DateOnly(2027, 1, 1)).ShouldBeTrue("a year without rows counts Monday to Friday");
    }

    [Fact]
    public void Load_AUsersFile_AddsAYearAndABadRowIsNamedByLine()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-calendar-").FullName;
        var good = Path.Combine(folder, "calendar.csv");
        File.WriteAllText(good, "# 2027 from the notice\ndate,kind,name\n2027-01-01,holiday,元旦\n2027-01-09,workday,调休\n");
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, "date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n");

        var calendar = WorkingCalendar.Load(good);

        (calendar.Covers(2027), calendar.IsWorkingDay(new DateOnly(2027, 1, 1)), calendar.IsWorkingDay(new DateOnly(2027, 1, 9))).ShouldBe((true, false, true));
        Should.Throw<FormatException>(() => WorkingCalendar.Load(bad)).Message.ShouldBe($"{bad}:3: expected a date (yyyy-MM-dd) and the kind holiday or workday, found '2027-13-01,holiday,x'; fix the row or remove it");
    }
}

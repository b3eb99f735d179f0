using Gateway.Sdk.Batch;

namespace Gateway.Sdk.Reporting;

/// <summary>Measures a batch's clearance times from its journal: time from submission to each status per filing and per stage,
/// the RCEP 6-hour release promise and the export tax-refund working-day target (POLICIES.md rows 6, 12 and 13).</summary>
/// <remarks>
/// <para>A filing's milestones are: <c>Filed</c> (the gateway's acceptance time), then the first receipt of each status
/// (<c>Accepted</c>, <c>Inspection</c>, <c>Released</c>, <c>Closed</c>, <c>Rejected</c> …), each timed from submission (the
/// time the batch prepared it) by the receipt's issue time, or its arrival when the receipt has none. A stage is the step
/// between two consecutive milestones, such as <c>Accepted → Released</c>.</para>
/// <para>The notices' figures are targets to measure, not timeouts. Render with <see cref="ClearanceReportHtml"/>, or as a
/// workbook with <c>ClearanceReportWorkbook</c> (<c>Gateway.Sdk.OpenXml</c>).</para>
/// </remarks>
public sealed record ClearanceReport
{
    /// <summary>Gets the name of the first milestone, the gateway's acceptance.</summary>
    public const string Filed = "Filed";

    /// <summary>Gets the filings measured.</summary>
    public required IReadOnlyList<FilingTimeline> Filings { get; init; }

    /// <summary>Gets the time from submission to each milestone across the batch, in the order milestones usually come.</summary>
    public required IReadOnlyList<StageTimes> Milestones { get; init; }

    /// <summary>Gets the time of each stage between two consecutive milestones across the batch.</summary>
    public required IReadOnlyList<StageTimes> Stages { get; init; }

    /// <summary>Gets the RCEP release promise checked for each filing labelled <see cref="BatchLabels.Rcep"/>: released within
    /// <see cref="ClearanceTargets.RcepRelease"/> of its acceptance.</summary>
    public required IReadOnlyList<TargetCheck> RcepRelease { get; init; }

    /// <summary>Gets the refund target checked for each filing of the family <see cref="ClearanceTargets.RefundFamily"/>:
    /// answered within <see cref="ClearanceTargets.RefundWorkingDays"/> working days of its acceptance.</summary>
    public required IReadOnlyList<TargetCheck> Refunds { get; init; }

    /// <summary>Gets the targets measured against.</summary>
    public required ClearanceTargets Targets { get; init; }

    /// <summary>Gets the years the filings fall in that the working calendar has no holidays for (counted Monday to Friday).</summary>
    public IReadOnlyList<int> UncoveredYears { get; init; } = [];

    /// <summary>Formats a duration as the report shows it: <c>0.250 s</c>, <c>4 min 05 s</c>, <c>5 h 12 min</c>, <c>3 d 4 h</c>.</summary>
    /// <param name="duration">The duration; a negative one (clocks apart) is shown with a minus sign.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeSpan duration)
    {
        var sign = duration < TimeSpan.Zero ? "-" : string.Empty;
        var d = duration.Duration();
        return sign + (d.TotalMinutes < 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.TotalSeconds:0.000} s")
            : d.TotalHours < 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)d.TotalMinutes} min {d.Seconds:00} s")
            : d.TotalDays < 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)d.TotalHours} h {d.Minutes:00} min")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)d.TotalDays} d {d.Hours} h"));
    }

    /// <summary>Summarizes target checks in one sentence, such as <c>12 measured: 10 met, 1 missed, 1 excluded, 0 open.</c></summary>
    /// <param name="checks">The checks, such as <see cref="RcepRelease"/>.</param>
    /// <returns>The sentence; <c>None in this journal.</c> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is <see langword="null"/>.</exception>
    public static string Summarize(IReadOnlyList<TargetCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.Count == 0
            ? "None in this journal."
            : $"{checks.Count} measured: {checks.Count(static c => c.Outcome == TargetOutcome.Met)} met, {checks.Count(static c => c.Outcome == TargetOutcome.Missed)} missed, {checks.Count(static c => c.Outcome == TargetOutcome.Excluded)} excluded, {checks.Count(static c => c.Outcome == TargetOutcome.Open)} open.";
    }

    /// <summary>Measures a journal's filings.</summary>
    /// <param name="entries">The journal's entries (<see cref="IBatchJournal.LoadAsync"/>).</param>
    /// <param name="targets">The targets; <see langword="null"/> for the notices' figures.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public static ClearanceReport Create(IReadOnlyList<BatchEntry> entries, ClearanceTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        targets ??= new ClearanceTargets();
        var china = TimeSpan.FromHours(8);
        var filings = entries.Select(static e => new FilingTimeline(e.Key, e.MessageId, e.Family, e.Labels, e.Result, e.PreparedAt, MilestonesOf(e))).ToList();
        var order = new[] { Filed }.Concat(Enum.GetNames<ReceiptStatus>()).ToList();
        var milestones = filings.SelectMany(static f => f.Milestones).GroupBy(static m => m.Name)
            .Select(static g => StageTimes.Of("Submitted", g.Key, [.. g.Select(static m => m.SinceSubmission)]))
            .OrderBy(s => order.IndexOf(s.To)).ToList();
        var stages = filings.SelectMany(static f => f.Milestones.Zip(f.Milestones.Skip(1), static (a, b) => (a.Name, b.Name, b.At - a.At)))
            .GroupBy(static s => (s.Item1, s.Item2))
            .Select(static g => StageTimes.Of(g.Key.Item1, g.Key.Item2, [.. g.Select(static s => s.Item3)]))
            .OrderBy(s => order.IndexOf(s.From)).ThenBy(s => order.IndexOf(s.To)).ToList();

        var rcep = entries.Where(static e => e.Labels.Contains(BatchLabels.Rcep) && e.FiledAt is not null).Select(e =>
        {
            var released = e.Receipts.FirstOrDefault(static r => r.Status == ReceiptStatus.Released);
            if (e.Receipts.Any(static r => r.Status == ReceiptStatus.Inspection))
            {
                return new TargetCheck(e.Key, e.MessageId, TargetOutcome.Excluded, released is null ? null : released.At - e.FiledAt!.Value, null, "inspected: the promise covers goods released without inspection");
            }

            if (released is null)
            {
                return new TargetCheck(e.Key, e.MessageId, e.FinalReceipt is { } final ? TargetOutcome.Excluded : TargetOutcome.Open, null, null, e.FinalReceipt is { } f ? $"answered {f.Status} without release" : "not released yet");
            }

            var hours = released.At - e.FiledAt!.Value;
            return new TargetCheck(e.Key, e.MessageId, hours <= targets.RcepRelease ? TargetOutcome.Met : TargetOutcome.Missed, hours, null, null);
        }).ToList();

        var calendar = targets.Calendar;
        var uncovered = new SortedSet<int>();
        var refunds = entries.Where(e => e.Family == targets.RefundFamily && e.FiledAt is not null).Select(e =>
        {
            var target = e.Labels.Contains(BatchLabels.FirstClass) || e.Labels.Contains(BatchLabels.SecondClass) ? targets.RefundWorkingDaysClassOneOrTwo : targets.RefundWorkingDays;
            var start = DateOnly.FromDateTime(e.FiledAt!.Value.ToOffset(china).DateTime);
            var end = e.FinalReceipt?.At.ToOffset(china) ?? (DateTimeOffset?)null;
            foreach (var year in new[] { start.Year, end?.Year ?? start.Year }.Where(y => !calendar.Covers(y)))
            {
                uncovered.Add(year);
            }

            if (end is null)
            {
                return new TargetCheck(e.Key, e.MessageId, TargetOutcome.Open, null, null, $"not answered yet (target {target} working days)");
            }

            var answeredOn = DateOnly.FromDateTime(end.Value.DateTime);
            var days = answeredOn < start ? 0 : calendar.WorkingDaysBetween(start, answeredOn); // clocks apart: the answer seems to precede the filing
            return new TargetCheck(e.Key, e.MessageId, days <= target ? TargetOutcome.Met : TargetOutcome.Missed, end - e.FiledAt, days, $"target {target} working days");
        }).ToList();

        return new ClearanceReport { Filings = filings, Milestones = milestones, Stages = stages, RcepRelease = rcep, Refunds = refunds, Targets = targets, UncoveredYears = [.. uncovered] };
    }

    private static List<Milestone> MilestonesOf(BatchEntry entry)
    {
        var list = new List<Milestone>();
        if (entry.FiledAt is { } filed)
        {
            list.Add(new Milestone(Filed, filed, filed - entry.PreparedAt));
        }

        foreach (var receipt in entry.Receipts)
        {
            var name = receipt.Status.ToString();
            if (list.TrueForAll(m => m.Name != name))
            {
                list.Add(new Milestone(name, receipt.At, receipt.At - entry.PreparedAt));
            }
        }

        return list;
    }
}

/// <summary>Represents one filing's milestones.</summary>
/// <param name="Key">The filing's key in the batch.</param>
/// <param name="MessageId">Its client-side id.</param>
/// <param name="Family">Its family, once filed.</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Result">Its result: the final receipt's status, or <c>Filed</c>, <c>Refused</c>, <c>Pending</c>.</param>
/// <param name="SubmittedAt">When the batch prepared and first sent it.</param>
/// <param name="Milestones">Its milestones in the order reached.</param>
public sealed record FilingTimeline(string Key, string MessageId, string? Family, IReadOnlyList<string> Labels, string Result, DateTimeOffset SubmittedAt, IReadOnlyList<Milestone> Milestones);

/// <summary>Represents a filing reaching a status.</summary>
/// <param name="Name"><see cref="ClearanceReport.Filed"/> or a <see cref="ReceiptStatus"/> name.</param>
/// <param name="At">When.</param>
/// <param name="SinceSubmission">The time from submission.</param>
public sealed record Milestone(string Name, DateTimeOffset At, TimeSpan SinceSubmission);

/// <summary>Represents the durations of one stage across a batch.</summary>
/// <param name="From">The milestone the stage starts at (<c>Submitted</c> for times from submission).</param>
/// <param name="To">The milestone it ends at.</param>
/// <param name="Count">How many filings went through it.</param>
/// <param name="Median">The median duration (nearest rank).</param>
/// <param name="P90">The 90th percentile (nearest rank).</param>
/// <param name="Max">The longest.</param>
public sealed record StageTimes(string From, string To, int Count, TimeSpan Median, TimeSpan P90, TimeSpan Max)
{
    internal static StageTimes Of(string from, string to, List<TimeSpan> durations)
    {
        durations.Sort();
        TimeSpan Rank(double p) => durations[Math.Max(0, (int)Math.Ceiling(p * durations.Count) - 1)];
        return new StageTimes(from, to, durations.Count, Rank(0.5), Rank(0.9), durations[^1]);
    }
}

/// <summary>Says how a filing fared against a target.</summary>
public enum TargetOutcome
{
    /// <summary>Within the target.</summary>
    Met = 0,

    /// <summary>Over the target.</summary>
    Missed = 1,

    /// <summary>Not decided yet: the filing has not reached the milestone.</summary>
    Open = 2,

    /// <summary>The target does not apply (the goods were inspected, or the filing was answered without the milestone).</summary>
    Excluded = 3,
}

/// <summary>Represents one filing measured against a target.</summary>
/// <param name="Key">The filing's key.</param>
/// <param name="MessageId">Its client-side id.</param>
/// <param name="Outcome">How it fared.</param>
/// <param name="Elapsed">The time from acceptance to the milestone, when reached.</param>
/// <param name="WorkingDays">The working days it took, for a working-day target.</param>
/// <param name="Note">Why it is excluded or open, or the target that applied.</param>
public sealed record TargetCheck(string Key, string MessageId, TargetOutcome Outcome, TimeSpan? Elapsed, int? WorkingDays, string? Note);

/// <summary>Configures the targets a <see cref="ClearanceReport"/> measures against.</summary>
public sealed record ClearanceTargets
{
    /// <summary>Gets the RCEP release promise: from the acceptance of the declaration to its release.</summary>
    /// <value>6 hours (Weihai and Linyi notices).</value>
    public TimeSpan RcepRelease { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Gets the export tax-refund target in working days, from acceptance to the final answer.</summary>
    /// <value>4 (Weihai and Linyi notices: down from 4.8).</value>
    public int RefundWorkingDays { get; init; } = 4;

    /// <summary>Gets the target for class 1 and 2 enterprises (labels <see cref="BatchLabels.FirstClass"/> and <see cref="BatchLabels.SecondClass"/>).</summary>
    /// <value>3.</value>
    public int RefundWorkingDaysClassOneOrTwo { get; init; } = 3;

    /// <summary>Gets the family name of refund filings.</summary>
    /// <value><c>taxrefund</c>.</value>
    public string RefundFamily { get; init; } = "taxrefund";

    /// <summary>Gets the working-day calendar.</summary>
    /// <value><see cref="WorkingCalendar.China"/>.</value>
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.China;
}

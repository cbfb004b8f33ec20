package io.rapport.wrapup;

import io.rapport.wrapup.Problem.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the form requires before a note can be submitted. What is required depends on the status:
 * a follow-up needs a date and an owner, an escalation or transfer says to whom in the next
 * steps; a follow-up is never due in the past; a summary must say enough for the next agent.
 */
public final class WrapUpValidator {
    public static final int SUMMARY_MIN = 15;
    public static final int SUMMARY_MAX = 20_000;
    public static final int NEXT_STEPS_MAX = 5_000;
    public static final int TAG_MAX = 40;

    private WrapUpValidator() {
    }

    public static List<Problem> validate(WrapUpFields f, DispositionTree tree, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        Optional<Disposition> reason = tree.reason(f.reason());
        if (f.reason().isEmpty()) {
            out.add(Problem.of(Field.REASON, "wrapup.error.reasonRequired"));
        } else if (reason.isEmpty()) {
            out.add(Problem.of(Field.REASON, "wrapup.error.reasonUnknown", f.reason()));
        } else if (!reason.get().details().isEmpty()) {
            if (f.detail().isEmpty()) {
                out.add(Problem.of(Field.DETAIL, "wrapup.error.detailRequired"));
            } else if (tree.detail(f.reason(), f.detail()).isEmpty()) {
                out.add(Problem.of(Field.DETAIL, "wrapup.error.detailUnknown", f.detail()));
            }
        }
        Optional<WrapUpStatus> status = WrapUpStatus.parse(f.status());
        if (status.isEmpty()) {
            out.add(Problem.of(Field.STATUS, "wrapup.error.statusRequired"));
        }
        String summary = f.summary().strip();
        if (summary.isEmpty()) {
            out.add(Problem.of(Field.SUMMARY, "wrapup.error.summaryRequired"));
        } else if (summary.codePointCount(0, summary.length()) < SUMMARY_MIN) {
            out.add(Problem.of(Field.SUMMARY, "wrapup.error.summaryShort", SUMMARY_MIN));
        } else if (summary.length() > SUMMARY_MAX) {
            out.add(Problem.of(Field.SUMMARY, "wrapup.error.summaryLong", summary.length(), SUMMARY_MAX));
        }
        if (!out.stream().anyMatch(p -> p.field() == Field.SUMMARY)) {
            List<String> unfilled = io.rapport.template.TemplateRenderer.fields(f.summary());
            if (!unfilled.isEmpty()) {
                out.add(Problem.of(Field.SUMMARY, "wrapup.error.unfilled", String.join(", ", unfilled)));
            }
        }
        List<String> unfilledNext = io.rapport.template.TemplateRenderer.fields(f.nextSteps());
        if (!unfilledNext.isEmpty()) {
            out.add(Problem.of(Field.NEXT_STEPS, "wrapup.error.unfilled", String.join(", ", unfilledNext)));
        } else if (f.nextSteps().length() > NEXT_STEPS_MAX) {
            out.add(Problem.of(Field.NEXT_STEPS, "wrapup.error.nextStepsLong", f.nextSteps().length(),
                    NEXT_STEPS_MAX));
        } else if (status.isPresent() && (status.get() == WrapUpStatus.ESCALATED
                || status.get() == WrapUpStatus.TRANSFERRED) && f.nextSteps().isBlank()) {
            out.add(Problem.of(Field.NEXT_STEPS, "wrapup.error.nextStepsRequired"));
        }
        boolean followUp = status.orElse(null) == WrapUpStatus.FOLLOW_UP;
        if (f.followUpDate().isBlank()) {
            if (followUp) {
                out.add(Problem.of(Field.FOLLOW_UP_DATE, "wrapup.error.followUpDateRequired"));
            }
        } else {
            Optional<LocalDate> due = FlexibleDates.parse(f.followUpDate(), today);
            if (due.isEmpty()) {
                out.add(Problem.of(Field.FOLLOW_UP_DATE, "wrapup.error.followUpDateUnreadable", f.followUpDate()));
            } else if (due.get().isBefore(today)) {
                out.add(Problem.of(Field.FOLLOW_UP_DATE, "wrapup.error.followUpPast"));
            } else if (due.get().isAfter(today.plusYears(2))) {
                out.add(Problem.of(Field.FOLLOW_UP_DATE, "wrapup.error.followUpFar"));
            }
        }
        if (followUp && f.followUpOwner().isBlank()) {
            out.add(Problem.of(Field.FOLLOW_UP_OWNER, "wrapup.error.followUpOwnerRequired"));
        }
        for (String tag : tags(f.tags())) {
            if (tag.length() > TAG_MAX) {
                out.add(Problem.of(Field.TAGS, "wrapup.error.tagLong", TAG_MAX));
                break;
            }
        }
        return out;
    }

    /** Tags as typed: separated by commas, trimmed, empty ones and repeats dropped. */
    public static List<String> tags(String raw) {
        List<String> out = new ArrayList<>();
        for (String t : raw.split("[,;]")) {
            String s = t.strip().replaceAll("^#", "");
            if (!s.isEmpty() && out.stream().noneMatch(s::equalsIgnoreCase)) {
                out.add(s);
            }
        }
        return out;
    }
}

package io.rapport.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the form requires, by status, with the message keys shown beside each field. */
class WrapUpValidatorTest {
    static final DispositionTree TREE = DispositionTree.builtIn();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<String> problems(WrapUpFields f) {
        return WrapUpValidator.validate(f, TREE, TODAY).stream().map(p -> p.field() + " " + p.key()).toList();
    }

    static WrapUpFields resolved(String summary) {
        return new WrapUpFields("delivery", "delivery.late", "resolved", summary, "", "", "", 4, "");
    }

    @Test
    void aCompleteResolvedNoteHasNoProblems() {
        assertThat(problems(resolved("Parcel rebooked for tomorrow morning, customer happy."))).isEmpty();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingFieldByField() {
        assertThat(problems(WrapUpFields.EMPTY)).containsExactly("REASON wrapup.error.reasonRequired",
                "STATUS wrapup.error.statusRequired", "SUMMARY wrapup.error.summaryRequired");
    }

    @Test
    void aReasonWithDetailsNeedsOne() {
        assertThat(problems(new WrapUpFields("delivery", "", "resolved", "Parcel rebooked for tomorrow.", "", "", "",
                0, ""))).containsExactly("DETAIL wrapup.error.detailRequired");
        assertThat(problems(new WrapUpFields("delivery", "billing.overdue", "resolved", "Parcel rebooked for tomorrow.",
                "", "", "", 0, ""))).containsExactly("DETAIL wrapup.error.detailUnknown");
    }

    @Test
    void aFewCharactersAreNotASummary() {
        assertThat(problems(resolved("ok, done"))).containsExactly("SUMMARY wrapup.error.summaryShort");
        assertThat(problems(resolved("      ok      "))).containsExactly("SUMMARY wrapup.error.summaryShort");
        assertThat(problems(resolved("x".repeat(WrapUpValidator.SUMMARY_MAX + 1))))
                .containsExactly("SUMMARY wrapup.error.summaryLong");
        // emoji count as one character each, not two
        assertThat(problems(resolved("Happy now 😀😀😀😀😀"))).isEmpty();
    }

    @Test
    void aFollowUpNeedsADateInTheFutureAndAnOwner() {
        WrapUpFields noDate = new WrapUpFields("delivery", "delivery.late", "follow-up", "Customer waits for a call.",
                "", "", "", 0, "");
        assertThat(problems(noDate)).containsExactly("FOLLOW_UP_DATE wrapup.error.followUpDateRequired",
                "FOLLOW_UP_OWNER wrapup.error.followUpOwnerRequired");
        assertThat(problems(new WrapUpFields("delivery", "delivery.late", "follow-up", "Customer waits for a call.",
                "", "20.11.2026", "anna.k", 0, ""))).containsExactly("FOLLOW_UP_DATE wrapup.error.followUpPast");
        assertThat(problems(new WrapUpFields("delivery", "delivery.late", "follow-up", "Customer waits for a call.",
                "soonish", "anna.k", "anna.k", 0, ""))).containsExactly(
                        "FOLLOW_UP_DATE wrapup.error.followUpDateUnreadable");
        assertThat(problems(new WrapUpFields("delivery", "delivery.late", "follow-up", "Customer waits for a call.",
                "", "jutro", "anna.k", 0, ""))).isEmpty();
        assertThat(problems(new WrapUpFields("delivery", "delivery.late", "follow-up", "Customer waits for a call.",
                "", "23.11.2026", "anna.k", 0, ""))).as("today is fine").isEmpty();
    }

    @Test
    void anEscalationSaysToWhom() {
        assertThat(problems(new WrapUpFields("complaint", "complaint.escalation", "escalated",
                "Customer demands compensation beyond my limit.", " ", "", "", 1, "")))
                .containsExactly("NEXT_STEPS wrapup.error.nextStepsRequired");
    }

    @Test
    void anUnfilledTemplateFieldBlocksSubmit() {
        assertThat(problems(resolved("Sent the refund of ⟦amount⟧ to the card, confirmed by e-mail.")))
                .containsExactly("SUMMARY wrapup.error.unfilled");
    }

    @Test
    void tagsAreSplitTrimmedAndDeduplicated() {
        assertThat(WrapUpValidator.tags(" courier, #Courier ; slot,, ")).containsExactly("courier", "slot");
    }
}

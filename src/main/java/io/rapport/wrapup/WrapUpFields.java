package io.rapport.wrapup;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the agent has typed into the wrap-up form, exactly as typed (the follow-up date too, so a
 * date written in a way not yet understood is not lost). Empty strings, never null.
 */
public record WrapUpFields(String reason, String detail, String status, String summary, String nextSteps,
        String followUpDate, String followUpOwner, int sentiment, String tags) {

    public static final WrapUpFields EMPTY = new WrapUpFields("", "", "", "", "", "", "", 0, "");

    public WrapUpFields {
        reason = nn(reason);
        detail = nn(detail);
        status = nn(status);
        summary = nn(summary);
        nextSteps = nn(nextSteps);
        followUpDate = nn(followUpDate);
        followUpOwner = nn(followUpOwner);
        tags = nn(tags);
        if (sentiment < 0 || sentiment > 5) {
            sentiment = 0;
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    /** Total characters typed, for the form's counters and the size limit. */
    @JsonIgnore
    public int length() {
        return summary.length() + nextSteps.length() + tags.length() + followUpOwner.length() + followUpDate.length();
    }

    @JsonIgnore
    public boolean isBlank() {
        return reason.isEmpty() && status.isEmpty() && summary.isBlank() && nextSteps.isBlank()
                && followUpDate.isBlank() && tags.isBlank() && sentiment == 0;
    }
}

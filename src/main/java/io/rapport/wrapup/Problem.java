package io.rapport.wrapup;

import java.util.List;

/** One thing wrong with the form, beside its field: an i18n key and its arguments. */
public record Problem(Field field, String key, List<Object> args) {

    /** The form's fields, in Tab order. */
    public enum Field { REASON, DETAIL, STATUS, SUMMARY, NEXT_STEPS, FOLLOW_UP_DATE, FOLLOW_UP_OWNER, SENTIMENT, TAGS }

    public static Problem of(Field field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}

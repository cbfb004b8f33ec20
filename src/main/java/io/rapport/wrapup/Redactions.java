package io.rapport.wrapup;

import io.rapport.wrapup.redact.Finding;
import io.rapport.wrapup.redact.Redaction;
import io.rapport.wrapup.redact.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Redaction of every free-text field of a wrap-up, with what was found where. */
public final class Redactions {
    /** A sensitive value found in a field (its kind and the replacement, never the value). */
    public record FieldFinding(Problem.Field field, Finding finding) {
    }

    /** The fields as they may be stored, and what was taken out. */
    public record Result(WrapUpFields fields, List<FieldFinding> findings) {
        public Map<String, Integer> counts() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (FieldFinding f : findings) {
                out.merge(f.finding().kind().id(), 1, Integer::sum);
            }
            return out;
        }
    }

    private Redactions() {
    }

    /** Cleans (control characters, NFC) and redacts every free-text field. */
    public static Result of(WrapUpFields f) {
        List<FieldFinding> found = new ArrayList<>();
        String summary = redact(Problem.Field.SUMMARY, f.summary(), found);
        String next = redact(Problem.Field.NEXT_STEPS, f.nextSteps(), found);
        String tags = redact(Problem.Field.TAGS, f.tags(), found);
        String owner = redact(Problem.Field.FOLLOW_UP_OWNER, f.followUpOwner(), found);
        WrapUpFields out = new WrapUpFields(NoteText.clean(f.reason()), NoteText.clean(f.detail()), f.status(), summary,
                next, NoteText.clean(f.followUpDate()), owner, f.sentiment(), tags);
        return new Result(out, found);
    }

    private static String redact(Problem.Field field, String text, List<FieldFinding> found) {
        String clean = NoteText.clean(text);
        if (clean.isEmpty()) {
            return clean;
        }
        Redaction r = Redactor.redact(clean);
        for (Finding x : r.findings()) {
            found.add(new FieldFinding(field, x));
        }
        return r.text();
    }
}

package io.rapport.template.coach;

import java.util.List;

/** What a draft has and lacks, with the matched spans and phrases to fix the gaps. */
public record CoachReport(String language, List<Finding> elements, List<Flag> warnings,
        List<CoachContext.ContextNote> context) {

    /** How an element stands in the draft. */
    public enum Status { PRESENT, MISSING, PARTIAL, NOT_NEEDED }

    /** A span of the draft (positions in the original text). */
    public record Span(int start, int end, String text) {
    }

    /** A phrase offered to fill a gap, from the phrasebook. */
    public record Suggestion(String conceptId, String text) {
    }

    public record Finding(Element element, Status status, Span span, List<Suggestion> suggestions) {
    }

    /** A warning: blaming or cold wording, jargon, shouting, a wall of text. */
    public record Flag(String id, Span span, List<Suggestion> suggestions) {
    }

    public Finding finding(Element e) {
        return elements.stream().filter(f -> f.element() == e).findFirst().orElseThrow();
    }

    /** How many of the elements that apply are present. */
    public long score() {
        return elements.stream().filter(f -> f.status() == Status.PRESENT).count();
    }
}

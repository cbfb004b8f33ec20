package io.rapport.template;

import io.rapport.template.coach.CoachReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A text area for replies and notes in which templates are called up by typing "::" and a few
 * letters (or Ctrl+Space), unfilled fields ⟦…⟧ are highlighted and Tab walks through them, and
 * the coach's findings are underlined in place.
 */
public final class ReplyEditor {
    /** What the editor tells its owner. */
    public interface Listener {
        /** "::" plus letters were typed (query without the colons), or Ctrl+Space (query may be empty). */
        void pickerQuery(String query);

        /** The picker should close (the trigger was deleted, or Esc). */
        void pickerClosed();

        /** Keys for an open picker: Up, Down, Enter. Returns true if the picker took the key. */
        boolean pickerKey(KeyCode code);
    }

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Listener listener;
    private List<CoachReport.Span> found = List.of();
    private List<CoachReport.Span> warnings = List.of();
    private int triggerStart = -1;
    private boolean pickerOpen;
    private boolean updating;
    private Consumer<String> onText = t -> { };
    private Consumer<Boolean> onTabOut;

    public ReplyEditor(Listener listener) {
        this.listener = listener;
        area.setWrapText(true);
        area.getStyleClass().add("reply-editor");
        scroll.getStyleClass().add("reply-editor-scroll");
        area.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                restyle();
                detectTrigger();
                onText.accept(b);
            }
        });
        area.caretPositionProperty().addListener((o, a, b) -> {
            if (pickerOpen && triggerStart >= 0 && (b < triggerStart || b > area.getLength())) {
                closePicker();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Node node() {
        return scroll;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /**
     * Tab with no field left to fill moves on to the next control ({@code true}: Shift+Tab, back)
     * instead of typing a tab, as in a form.
     */
    public void onTabOut(Consumer<Boolean> c) {
        this.onTabOut = c;
    }

    public void onTextChanged(Consumer<String> c) {
        this.onText = c;
    }

    public String getText() {
        return area.getText();
    }

    /** Replaces the whole text (when the view-model changes the draft). */
    public void setText(String text) {
        if (text.equals(area.getText())) {
            return;
        }
        updating = true;
        try {
            area.replaceText(text);
        } finally {
            updating = false;
        }
        restyle();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
            openPickerAtCaret();
            e.consume();
            return;
        }
        if (pickerOpen) {
            if (e.getCode() == KeyCode.ESCAPE) {
                closePicker();
                e.consume();
                return;
            }
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER
                    || e.getCode() == KeyCode.TAB) && listener.pickerKey(e.getCode() == KeyCode.TAB ? KeyCode.ENTER
                            : e.getCode())) {
                e.consume();
                return;
            }
        }
        if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            if (selectField(e.isShiftDown())) {
                e.consume();
            } else if (onTabOut != null) {
                e.consume();
                onTabOut.accept(e.isShiftDown());
            }
        }
    }

    private void openPickerAtCaret() {
        triggerStart = area.getCaretPosition();
        pickerOpen = true;
        listener.pickerQuery("");
    }

    /** Watches for "::" followed by letters just before the caret. */
    private void detectTrigger() {
        String t = area.getText();
        int caret = Math.min(area.getCaretPosition(), t.length());
        int i = caret;
        while (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && caret - i < 30) {
            i--;
        }
        if (i >= 2 && t.charAt(i - 1) == ':' && t.charAt(i - 2) == ':') {
            triggerStart = i - 2;
            pickerOpen = true;
            listener.pickerQuery(t.substring(i, caret));
        } else if (pickerOpen && (triggerStart < 0 || caret < triggerStart
                || (triggerStart + 2 <= t.length() && !t.startsWith("::", triggerStart) && caret != triggerStart))) {
            closePicker();
        } else if (pickerOpen && caret > triggerStart && !t.startsWith("::", triggerStart)) {
            // Ctrl+Space picker: the query is what was typed since it opened
            listener.pickerQuery(t.substring(triggerStart, caret).strip());
        }
    }

    private void closePicker() {
        pickerOpen = false;
        triggerStart = -1;
        listener.pickerClosed();
    }

    /** Inserts a chosen template in place of "::query" (or at the caret) and selects its first field. */
    public void insertTemplate(String text) {
        int caret = area.getCaretPosition();
        int from = triggerStart >= 0 && triggerStart <= caret ? triggerStart : caret;
        pickerOpen = false;
        triggerStart = -1;
        updating = true;
        try {
            area.replaceText(from, caret, text);
        } finally {
            updating = false;
        }
        restyle();
        onText.accept(area.getText());
        area.moveTo(from);
        if (!selectField(false)) {
            area.moveTo(from + text.length());
        }
        area.requestFollowCaret();
    }

    /** Inserts a phrase at the caret (a coach suggestion), with a space before it if needed. */
    public void insertPhrase(String phrase) {
        int caret = area.getCaretPosition();
        String before = caret > 0 ? area.getText(caret - 1, caret) : "";
        String text = (before.isEmpty() || Character.isWhitespace(before.charAt(0)) ? "" : " ") + phrase;
        area.insertText(caret, text);
        area.moveTo(caret + text.length());
        area.requestFocus();
    }

    /** Selects the next (or previous) field ⟦…⟧ after the caret, wrapping around; false if there is none. */
    public boolean selectField(boolean backwards) {
        List<int[]> fields = TemplateRenderer.fieldRanges(area.getText());
        if (fields.isEmpty()) {
            return false;
        }
        int caret = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        int[] pick = null;
        if (!backwards) {
            for (int[] f : fields) {
                if (f[0] > caret || (f[0] == caret && area.getSelection().getLength() == 0)) {
                    pick = f;
                    break;
                }
            }
            if (pick == null) {
                pick = fields.get(0);
            }
        } else {
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (fields.get(i)[0] < caret) {
                    pick = fields.get(i);
                    break;
                }
            }
            if (pick == null) {
                pick = fields.get(fields.size() - 1);
            }
        }
        area.selectRange(pick[0], pick[1]);
        area.requestFollowCaret();
        return true;
    }

    /** Shows the coach's findings: present elements and warnings, underlined. */
    public void showCoach(List<CoachReport.Span> present, List<CoachReport.Span> flagged) {
        this.found = present;
        this.warnings = flagged;
        restyle();
    }

    private void restyle() {
        String t = area.getText();
        int n = t.length();
        List<Collection<String>> classes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            classes.add(null);
        }
        mark(classes, found, "coach-found");
        mark(classes, warnings, "coach-warning");
        for (int[] f : TemplateRenderer.fieldRanges(t)) {
            for (int i = f[0]; i < f[1] && i < n; i++) {
                classes.set(i, List.of("field"));
            }
        }
        if (n == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Collection<String> cur = null;
        int len = 0;
        for (int i = 0; i < n; i++) {
            Collection<String> c = classes.get(i) == null ? Collections.emptyList() : classes.get(i);
            if (cur != null && !c.equals(cur)) {
                b.add(cur, len);
                len = 0;
            }
            cur = c;
            len++;
        }
        b.add(cur, len);
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(0, spans);
    }

    private static void mark(List<Collection<String>> classes, List<CoachReport.Span> spans, String cls) {
        for (CoachReport.Span s : spans) {
            for (int i = Math.max(0, s.start()); i < s.end() && i < classes.size(); i++) {
                classes.set(i, List.of(cls));
            }
        }
    }

    public void requestFocus() {
        area.requestFocus();
    }
}

package io.rapport.ui;

import io.rapport.text.FoldedText;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Text with the words an agent searched for highlighted, matched without diacritics. */
public final class Highlighter {
    private Highlighter() {
    }

    public static TextFlow flow(String text, List<String> foldedWords, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        fill(flow, text, foldedWords);
        return flow;
    }

    public static void fill(TextFlow flow, String text, List<String> foldedWords) {
        flow.getChildren().clear();
        String s = text == null ? "" : text;
        if (foldedWords == null || foldedWords.isEmpty()) {
            flow.getChildren().add(piece(s, false));
            return;
        }
        int pos = 0;
        for (FoldedText.Range r : FoldedText.of(s).wordPrefixMatches(foldedWords)) {
            if (r.start() > pos) {
                flow.getChildren().add(piece(s.substring(pos, r.start()), false));
            }
            flow.getChildren().add(piece(s.substring(r.start(), r.end()), true));
            pos = r.end();
        }
        if (pos < s.length()) {
            flow.getChildren().add(piece(s.substring(pos), false));
        }
    }

    private static Node piece(String s, boolean hit) {
        Text t = new Text(s);
        t.getStyleClass().add(hit ? "hit" : "plain");
        return t;
    }
}

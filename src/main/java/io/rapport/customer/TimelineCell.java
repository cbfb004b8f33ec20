package io.rapport.customer;

import io.rapport.ui.Formats;
import io.rapport.ui.Highlighter;
import io.rapport.ui.I18n;
import io.rapport.ui.Icons;
import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One interaction in the timeline: channel, subject, when (relative and exact), who, how it
 * ended and how the customer felt, then the first lines of the text, or all of it when expanded.
 * Reaching the last rows asks the view-model for the next page.
 */
final class TimelineCell extends ListCell<Interaction> {
    private static final int PREVIEW = 240;

    private final CustomerHistoryViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final Label subject = new Label();
    private final Label meta = new Label();
    private final HBox badges = new HBox(6);
    private final TextFlow body = new TextFlow();
    private final Label more = new Label();
    private final VBox amendmentsBox = new VBox(2);
    private final HBox row;
    private final HBox bubbleBox = new HBox();

    TimelineCell(CustomerHistoryViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        subject.getStyleClass().add("tl-subject");
        subject.setMinWidth(0);
        meta.getStyleClass().add("tl-meta");
        body.getStyleClass().add("tl-body");
        more.getStyleClass().add("tl-more");
        badges.setAlignment(Pos.CENTER_RIGHT);
        badges.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, subject, spacer(), badges);
        head.setAlignment(Pos.CENTER_LEFT);
        amendmentsBox.getStyleClass().add("tl-amendments");
        VBox text = new VBox(3, head, meta, body, amendmentsBox, more);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        bubbleBox.setAlignment(Pos.TOP_CENTER);
        row = new HBox(12, bubbleBox, text);
        row.getStyleClass().add("tl-row");
        getStyleClass().add("tl-cell");
        setPrefWidth(0);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    @Override
    protected void updateItem(Interaction i, boolean empty) {
        super.updateItem(i, empty);
        if (empty || i == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (getIndex() >= getListView().getItems().size() - 8) {
            vm.loadMore();
        }
        bubbleBox.getChildren().setAll(Channels.bubble(i.channel()));
        String title = i.subject() != null && !i.subject().isBlank() ? i.subject()
                : Channels.kind(i, i18n);
        subject.setText(title);
        StringBuilder m = new StringBuilder();
        m.append(formats.relative(i.startedAt())).append("  ·  ").append(formats.dateTime(i.startedAt()));
        m.append("  ·  ").append(Channels.kind(i, i18n));
        if (i.endedAt() != null) {
            m.append("  ·  ").append(formats.duration(Duration.between(i.startedAt(), i.endedAt())));
        }
        if (i.agent() != null) {
            m.append("  ·  ").append(i.agent());
        }
        if (i.orderNumber() != null) {
            m.append("  ·  ").append(i.orderNumber());
        }
        meta.setText(m.toString());
        badges.getChildren().clear();
        Label outcome = Outcomes.badge(i.outcome(), i18n);
        if (outcome != null) {
            badges.getChildren().add(outcome);
        }
        Label s = Outcomes.sentiment(i.sentiment(), i18n);
        if (s != null) {
            badges.getChildren().add(s);
        }
        boolean expanded = vm.expanded().contains(i.id());
        String full = i.body() == null ? "" : i.body().strip();
        boolean long_ = full.length() > PREVIEW || full.indexOf('\n') >= 0;
        String shown = expanded || !long_ ? full : preview(full);
        Highlighter.fill(body, shown, vm.highlightWords());
        body.setManaged(!shown.isEmpty());
        body.setVisible(!shown.isEmpty());
        more.setManaged(long_);
        more.setVisible(long_);
        more.setText(i18n.t(expanded ? "timeline.collapse" : "timeline.expand"));
        more.setGraphic(Icons.of(expanded ? MaterialDesignC.CHEVRON_UP : MaterialDesignC.CHEVRON_DOWN, 14));
        amendmentsBox.getChildren().clear();
        for (Amendment a : vm.amendments().getOrDefault(i.id(), java.util.List.of())) {
            Label who = new Label(i18n.t("history.amended", a.agent(), formats.dateTime(a.createdAt())));
            who.getStyleClass().add("tl-amendment-meta");
            who.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PENCIL_OUTLINE, 13));
            Label what = new Label(a.text());
            what.setWrapText(true);
            what.getStyleClass().add("tl-amendment");
            amendmentsBox.getChildren().add(new VBox(1, who, what));
        }
        amendmentsBox.setManaged(!amendmentsBox.getChildren().isEmpty());
        amendmentsBox.setVisible(!amendmentsBox.getChildren().isEmpty());
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("open-issue"), i.isOpen());
        setGraphic(row);
        setText(null);
        setAccessibleText(title + ", " + formats.dateTime(i.startedAt()));
    }

    private static String preview(String full) {
        String flat = full.replaceAll("\\s*\\n\\s*", " ⏎ ");
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW).strip() + "…";
    }
}

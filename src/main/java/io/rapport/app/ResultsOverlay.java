package io.rapport.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A transparent layer over the window that keeps the search results right under the search
 * field, as wide as the field and as tall as they need; clicks elsewhere pass through.
 */
final class ResultsOverlay extends Pane {
    private static final double MIN_WIDTH = 460;
    private final Node field;
    private final Region panel;

    ResultsOverlay(Node field, Region panel) {
        this.field = field;
        this.panel = panel;
        setPickOnBounds(false);
        getChildren().add(panel);
        field.layoutBoundsProperty().addListener((o, a, b) -> requestLayout());
        field.localToSceneTransformProperty().addListener((o, a, b) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        Bounds f = sceneToLocal(field.localToScene(field.getLayoutBounds()));
        if (f == null) {
            return;
        }
        double w = Math.max(MIN_WIDTH, f.getWidth());
        double h = Math.min(panel.prefHeight(w), Math.max(120, getHeight() - f.getMaxY() - 40));
        panel.resizeRelocate(f.getMinX(), f.getMaxY() + 4, w, h);
    }
}

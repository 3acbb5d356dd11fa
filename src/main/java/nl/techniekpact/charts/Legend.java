package nl.techniekpact.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal legend that wraps onto more rows when it does not fit: each item is a small sample drawn by the
 * caller followed by its text. Laid out before drawing so the chart can reserve its height.
 */
final class Legend {

    static final double SAMPLE_WIDTH = 26;
    static final double ROW_HEIGHT = 20;
    private static final double FONT_SIZE = 12;
    private static final double GAP = 18;

    /** One item: {@code x} is where its sample starts, {@code row} counts from 0. */
    record Placed(int index, double x, int row) {
    }

    private final List<Placed> placed;
    private final int rows;

    private Legend(List<Placed> placed, int rows) {
        this.placed = placed;
        this.rows = rows;
    }

    /** Places the labels from {@code left}, wrapping before {@code right}. */
    static Legend layout(List<String> labels, double left, double right) {
        List<Placed> placed = new ArrayList<>();
        double x = left;
        int row = 0;
        for (int i = 0; i < labels.size(); i++) {
            double width = SAMPLE_WIDTH + 6 + Svg.textWidth(labels.get(i), FONT_SIZE);
            if (x > left && x + width > right) {
                row++;
                x = left;
            }
            placed.add(new Placed(i, x, row));
            x += width + GAP;
        }
        return new Legend(List.copyOf(placed), labels.isEmpty() ? 0 : row + 1);
    }

    List<Placed> placed() {
        return placed;
    }

    double height() {
        return rows * ROW_HEIGHT;
    }

    /** Writes the text of an item whose sample is centred vertically on {@code middleY}. */
    static void label(Svg svg, Placed item, double middleY, String text) {
        svg.text(item.x() + SAMPLE_WIDTH + 6, middleY + 4, "start", text, "font-size", "12");
    }
}

package io.rapport.bench;

/** One measured figure with its goal; {@code better} is "lower" or "higher". */
public record Figure(String name, double value, String unit, double goal, String better) {
    public boolean met() {
        return "lower".equals(better) ? value <= goal : value >= goal;
    }

    public static Figure lower(String name, double value, String unit, double goal) {
        return new Figure(name, round(value), unit, goal, "lower");
    }

    public static Figure higher(String name, double value, String unit, double goal) {
        return new Figure(name, round(value), unit, goal, "higher");
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}

package org.kafo.bench.load;

import java.util.Arrays;
import java.util.List;

/** The minimum, median and maximum of a figure over runs. */
public record Spread(double min, double median, double max) {

    /**
     * @throws IllegalArgumentException if there is no value
     */
    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no value");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(sorted[0], median, sorted[n - 1]);
    }
}

package nl.skillsmap.evaluation.metrics;

import java.util.Arrays;

/** Time per call of a method under evaluation, in milliseconds. */
public record Latency(double meanMillis, double p95Millis, double maxMillis) {

    public static Latency of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latency(0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        int p95 = Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1);
        return new Latency(mean, sorted[p95] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}

package org.policycommons.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** How the benchmarks time their work: one warm-up, then a number of runs, in milliseconds, sorted. */
public final class Timings {

    private Timings() {
    }

    public static List<Double> time(int runs, Supplier<Object> work) {
        work.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    public static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}

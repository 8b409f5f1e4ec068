package nl.skillsmap.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * An upper bound of the most heap this JVM has used so far: the sum of its heap pools' peaks (the pools may peak at
 * different moments), and never more than the heap may grow to. Under G1 the pools are parts of the heap (eden,
 * survivors, old); under ZGC the young and the old generation each report their own peak, whose sum alone can
 * exceed the heap.
 */
public final class HeapPeak {

    private HeapPeak() {}

    public static long mebibytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return (max == Long.MAX_VALUE ? peak : Math.min(peak, max)) >> 20;
    }
}

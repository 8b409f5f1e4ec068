package nl.skillsmap.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a new build would lose against the published index: the document types and sources whose count falls by
 * more than {@link #MAX_DROP}. A build that loses them is refused unless told to allow it, so that a source cut
 * short or emptied by accident never replaces a good index.
 */
public record IndexShrinkage(List<String> drops) {

    /**
     * The share by which a count may fall against the published index. The data's own revisions change counts by a
     * few percent (qualifications lapse, ESCO labels come and go); a lost or truncated source drops one by far more
     * (an empty qualifications file took qualifications from 1,116 to 14).
     */
    public static final double MAX_DROP = 0.10;

    public static IndexShrinkage between(IndexManifest published, IndexManifest next) {
        List<String> drops = new ArrayList<>();
        compare("documents of type", published.counts(), next.counts(), drops);
        compare("documents from source", published.sources(), next.sources(), drops);
        return new IndexShrinkage(List.copyOf(drops));
    }

    private static void compare(
            String what, Map<String, Integer> before, Map<String, Integer> after, List<String> drops) {
        for (String key : new TreeSet<>(before.keySet())) {
            int was = before.get(key);
            int now = after.getOrDefault(key, 0);
            if (was > 0 && now < was * (1 - MAX_DROP)) {
                drops.add(String.format(
                        "%s %s: %,d, the published index has %,d (%.1f %%)",
                        what, key, now, was, 100.0 * (now - was) / was));
            }
        }
    }

    public boolean isEmpty() {
        return drops.isEmpty();
    }

    /** Refused publication: names what would be lost and how to publish it anyway. */
    public static final class RefusedException extends IOException {

        RefusedException(IndexShrinkage shrinkage, Path published, String dataDirectory) {
            super("the index built from " + dataDirectory + " holds much less than the published index at "
                    + published + " (a count falling by more than " + Math.round(MAX_DROP * 100) + " %): "
                    + String.join("; ", shrinkage.drops()) + ". Check the data files; if the loss is meant, build "
                    + "again with --allow-shrink");
        }
    }
}

package nl.skillsmap.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import org.apache.lucene.search.ReferenceManager;

/**
 * The index being served: the {@link IndexSnapshot} of the generation the index location points at, behind one
 * reference. A request acquires the current snapshot, uses only it, and releases it in try/finally
 * ({@link #acquire()} / {@link #release(IndexSnapshot)}). {@link #refresh()} notices a newly published generation
 * (a rebuild by this or another process swaps the location's link atomically, after the build is on disk), opens
 * its snapshot while requests go on being answered from the current one, and then swaps it in; the old snapshot is
 * closed when the last request holding it releases it. A published index that this version of Skillsmap cannot
 * read (another schema) is not swapped in: the current one goes on serving.
 */
public final class SkillsmapIndex implements Closeable {

    private final IndexLocation location;
    private final Snapshots snapshots;

    private SkillsmapIndex(IndexLocation location, IndexSnapshot first) {
        this.location = location;
        this.snapshots = new Snapshots(first);
    }

    /** Opens the generation the location currently points at; fails clearly if none has been built. */
    public static SkillsmapIndex open(IndexLocation location) throws IOException {
        Path generation = location.current()
                .orElseThrow(() -> new IOException(
                        "no index at " + location.path() + ": build one first with the 'index' command"));
        return new SkillsmapIndex(location, IndexSnapshot.open(generation));
    }

    /** The current snapshot, held for the caller until {@link #release(IndexSnapshot)}. */
    public IndexSnapshot acquire() {
        try {
            return snapshots.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire a snapshot of " + location.path(), e);
        }
    }

    public void release(IndexSnapshot snapshot) {
        try {
            snapshots.release(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the snapshot of " + snapshot.generation(), e);
        }
    }

    /**
     * Moves to the generation the location points at now, if it is another one: opens its snapshot and swaps it
     * in. Blocks while another refresh runs. A readlink when nothing changed.
     *
     * @return whether a new snapshot is now served
     * @throws IOException when the new generation cannot be read (the current one goes on serving)
     */
    public boolean refresh() throws IOException {
        IndexSnapshot before = acquire();
        try {
            snapshots.maybeRefreshBlocking();
        } finally {
            release(before);
        }
        IndexSnapshot after = acquire();
        try {
            return after != before;
        } finally {
            release(after);
        }
    }

    /** Called after every refresh that swapped in a new snapshot, with the snapshot now served. */
    public void onSwap(Consumer<IndexSnapshot> listener) {
        snapshots.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean didRefresh) throws IOException {
                if (didRefresh) {
                    IndexSnapshot now = snapshots.acquire();
                    try {
                        listener.accept(now);
                    } finally {
                        snapshots.release(now);
                    }
                }
            }
        });
    }

    /** The content version served now, for a response header; a request's own answer uses its own snapshot. */
    public String version() {
        IndexSnapshot current = acquire();
        try {
            return current.version();
        } finally {
            release(current);
        }
    }

    public IndexLocation location() {
        return location;
    }

    /** Closes the index once the requests in flight have released their snapshots. */
    @Override
    public void close() throws IOException {
        snapshots.close();
    }

    /** Lucene's reference manager over snapshots: the swap, the reference counts and the refresh lock. */
    private final class Snapshots extends ReferenceManager<IndexSnapshot> {

        Snapshots(IndexSnapshot first) {
            current = first;
        }

        @Override
        protected void decRef(IndexSnapshot reference) throws IOException {
            reference.decRef();
        }

        @Override
        protected IndexSnapshot refreshIfNeeded(IndexSnapshot referenceToRefresh) throws IOException {
            Optional<Path> published = location.current();
            if (published.isEmpty() || published.get().equals(referenceToRefresh.generation())) {
                return null;
            }
            IndexManifest manifest = IndexManifest.read(published.get());
            if (!manifest.hasCurrentSchema()) {
                throw new IOException("the index published at " + published.get() + " was built by another"
                        + " version of Skillsmap; still serving " + referenceToRefresh.generation());
            }
            return IndexSnapshot.open(published.get());
        }

        @Override
        protected boolean tryIncRef(IndexSnapshot reference) {
            return reference.tryIncRef();
        }

        @Override
        protected int getRefCount(IndexSnapshot reference) {
            return reference.references();
        }
    }
}

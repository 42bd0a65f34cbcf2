package org.digitalpractice.catalogue.versions;

import org.digitalpractice.catalogue.ModuleProblem;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A content file of {@code modules/} beside the modules, such as the self-assessment's framework or the pulse's
 * questions: each distinct content is stored once as a numbered version, keyed by its hash, and the tool serves the
 * latest one that was read without a problem. A file that cannot be read never stops the tool: the last good
 * version stays (at start, the newest stored one), and the problem is kept for the people who can fix it.
 * Each feature's loader says only how its file is read and checked, and its store how its versions are kept.
 *
 * @param <L> a stored version with its content read
 */
public final class VersionedContent<L> {

    private final String name;
    private final Logger log;
    private final LongFunction<L> version;

    private volatile Long currentRef;
    private volatile List<ModuleProblem> problems = List.of();

    /** A version as stored: its row and its number. */
    public record Stored(long id, int number) {
    }

    /**
     * @param name    what the file holds, as the log says it ("Self-assessment framework")
     * @param log     the log of the feature's loader
     * @param version reads a stored version by its id
     */
    public VersionedContent(String name, Logger log, LongFunction<L> version) {
        this.name = name;
        this.log = log;
        this.version = version;
    }

    /**
     * Reads the file again: {@code readAndStore} reads and checks it, and stores its content as a version unless it
     * was stored before; {@code newest} finds the newest stored version, served when the file cannot be read at start.
     */
    public void load(Supplier<Stored> readAndStore, Supplier<Optional<Long>> newest) {
        try {
            var stored = readAndStore.get();
            currentRef = stored.id();
            problems = List.of();
            log.info(() -> name + " at version " + stored.number());
        } catch (ModuleProblem problem) {
            problems = List.of(problem);
            if (currentRef == null) {
                currentRef = newest.get().orElse(null);
            }
            log.severe(() -> name + " not loaded: " + problem.getMessage());
        }
    }

    /** The version served now; empty only when no good file has ever been loaded. */
    public Optional<L> current() {
        var ref = currentRef;
        return ref == null ? Optional.empty() : Optional.of(version.apply(ref));
    }

    /** The problem with the file, if the last load could not read it. */
    public List<ModuleProblem> problems() {
        return problems;
    }

    /**
     * The version holding a content, found by its hash: the existing one when the same content was stored before,
     * else the one {@code insertNew} stores (in a transaction of its own). Nodes starting at the same moment may both
     * insert; the unique hash keeps one, and the other finds it.
     */
    public static <V> V storeOnce(String hash, Supplier<Optional<V>> byHash, Runnable insertNew, String what) {
        var existing = byHash.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            insertNew.run();
        } catch (RuntimeException lostRace) {
            // another node starting at the same moment stored the same content; the unique hash kept one
        }
        return byHash.get().orElseThrow(() -> new IllegalStateException("Cannot store " + what + " " + hash));
    }
}

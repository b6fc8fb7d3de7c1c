// SPDX-License-Identifier: Apache-2.0
package dev.boostscope.trial;

import dev.boostscope.core.format.CollectionEntry;
import dev.boostscope.core.format.CollectionsFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The workers' collections files, merged: per collection the union of the include regexes and of the tensor names
 * over every worker's file; and {@code num_workers}, the largest any file states.
 *
 * <p>Thread-safe.
 */
final class CollectionsState {

    private final Map<String, CollectionsFile> byWorker = new TreeMap<>();
    private final Map<String, @Nullable Pattern> patterns = new HashMap<>();
    private Map<String, TensorCollection> merged = Map.of();
    private boolean stale;

    /**
     * Records a worker's (new or rewritten) collections file.
     *
     * @param worker the worker, from the file name
     * @param file the parsed file
     */
    synchronized void put(String worker, CollectionsFile file) {
        byWorker.put(worker, file);
        merged = merge(byWorker.values());
        stale = false;
    }

    synchronized Set<String> workers() {
        return new TreeSet<>(byWorker.keySet());
    }

    synchronized int numWorkers() {
        return byWorker.values().stream().mapToInt(CollectionsFile::numWorkers).max().orElse(0);
    }

    /**
     * Returns whether every worker the files announce has written its file, so that listing them can stop.
     *
     * @return true once {@code num_workers} files are known
     */
    synchronized boolean allSeen() {
        return !byWorker.isEmpty() && byWorker.size() >= numWorkers();
    }

    synchronized Map<String, TensorCollection> collections() {
        return merged;
    }

    /** Notes that new tensor names appeared, so a rewritten file may have to be read again. */
    synchronized void markStale() {
        stale = true;
    }

    /**
     * Returns whether new tensor names appeared since the files were last read, and clears the mark.
     *
     * @return true if the files should be read again
     */
    synchronized boolean takeStale() {
        boolean was = stale;
        stale = false;
        return was;
    }

    /**
     * Returns the names of a collection among given tensor names: those listed plus those its regexes find.
     *
     * @param collection the collection name
     * @param names the tensor names to filter, sorted
     * @return the members, sorted; empty if the collection is unknown
     */
    List<String> members(String collection, List<String> names) {
        TensorCollection found = collections().get(collection);
        if (found == null) {
            return List.of();
        }
        List<Pattern> regexes = new ArrayList<>();
        for (String regex : found.includeRegex()) {
            Pattern pattern = compile(regex, collection);
            if (pattern != null) {
                regexes.add(pattern);
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (found.tensorNames().contains(name) || regexes.stream().anyMatch(p -> p.matcher(name).find())) {
                out.add(name);
            }
        }
        return out;
    }

    private synchronized @Nullable Pattern compile(String regex, String collection) {
        if (patterns.containsKey(regex)) {
            return patterns.get(regex);
        }
        Pattern pattern = null;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            log().log(System.Logger.Level.WARNING, "include regex of collection '" + collection
                    + "' is not a valid Java regex and is ignored: '" + regex + "'", e);
        }
        patterns.put(regex, pattern);
        return pattern;
    }

    private static Map<String, TensorCollection> merge(Iterable<CollectionsFile> files) {
        Map<String, Set<String>> regexes = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        for (CollectionsFile file : files) {
            for (CollectionEntry entry : file.collections().values()) {
                regexes.computeIfAbsent(entry.name(), k -> new LinkedHashSet<>()).addAll(entry.includeRegex());
                names.computeIfAbsent(entry.name(), k -> new TreeSet<>()).addAll(entry.tensorNames());
            }
        }
        Map<String, TensorCollection> out = new TreeMap<>();
        regexes.forEach((name, regex) -> out.put(name,
                new TensorCollection(name, List.copyOf(regex), names.get(name))));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Returns the logger, looked up on first use: the lookup starts the logging backend, which reading need not. */
    private static System.Logger log() {
        return System.getLogger(CollectionsState.class.getName());
    }
}

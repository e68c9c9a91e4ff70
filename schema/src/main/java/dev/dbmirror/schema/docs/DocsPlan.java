package dev.dbmirror.schema.docs;

import dev.dbmirror.schema.io.FileSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rendered docs of a mirror and how they compare with the output folder: what {@code dbmirror
 * docs} writes, and what {@code --check} reports.
 */
public final class DocsPlan {

    private final Path out;
    private final Map<String, byte[]> files;
    private final Map<String, PageStatus> statuses;
    private final List<String> orphans;
    private final boolean prune;
    private final Map<String, byte[]> existing;

    /** @param existing the bytes of the files of {@code files} that the folder already holds */
    DocsPlan(Path out, Map<String, byte[]> files, Map<String, PageStatus> statuses, List<String> orphans, boolean prune,
             Map<String, byte[]> existing) {
        this.out = out;
        this.files = files;
        this.statuses = statuses;
        this.orphans = orphans;
        this.prune = prune;
        this.existing = existing;
    }

    /** Every file to write, by name in the output folder, in writing order. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The status of each relation ({@code schema.name}) against the pages that were in the folder. */
    public Map<String, PageStatus> statuses() {
        return statuses;
    }

    /** Generated files in the folder whose relation is gone from the mirror. */
    public List<String> orphans() {
        return orphans;
    }

    /** Writes every changed file (all staged before any is renamed into place) and, when pruning, removes the orphans. */
    public FileSet.Result write() throws IOException {
        return FileSet.write(out, files, prune ? orphans : List.of());
    }

    /**
     * Why the folder does not match the mirror, one line per file: a page or script missing or with
     * other bytes, an orphan, an index that differs in more than its status marks. Empty when current.
     */
    public List<String> staleness() {
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            byte[] there = existing.get(name);
            if (there == null) {
                reasons.add(name + ": missing");
            } else if (name.equals(SchemaDocs.INDEX) ? !sameApartFromStatus(there, file.getValue()) : !Arrays.equals(there, file.getValue())) {
                reasons.add(name + ": differs from the mirror");
            }
        }
        for (String orphan : orphans) {
            reasons.add(orphan + ": its relation is gone from the mirror (remove it with --prune)");
        }
        return reasons;
    }

    /** The index's status marks say how the pages compared before the last run, so they are left out of the check. */
    private static boolean sameApartFromStatus(byte[] there, byte[] rendered) {
        return IndexPage.withoutStatus(new String(there, StandardCharsets.UTF_8))
                .equals(IndexPage.withoutStatus(new String(rendered, StandardCharsets.UTF_8)));
    }
}

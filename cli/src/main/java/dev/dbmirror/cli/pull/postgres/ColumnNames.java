package dev.dbmirror.cli.pull.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Column names by relation and attribute number, so that keys can come from the catalog as numbers. */
final class ColumnNames {

    private final Map<Long, Map<Integer, String>> byRelation = new HashMap<>();

    void add(long relation, int attnum, String name) {
        byRelation.computeIfAbsent(relation, r -> new HashMap<>()).put(attnum, name);
    }

    /**
     * The name of a column; {@code #n} for a relation that was not read (a key to a table outside the
     * pulled schemas, which the pull reports as an error anyway).
     */
    String name(long relation, int attnum) {
        return byRelation.getOrDefault(relation, Map.of()).getOrDefault(attnum, "#" + attnum);
    }

    /** The names of these attribute numbers, in order. */
    List<String> of(long relation, short[] attnums) {
        List<String> names = new ArrayList<>(attnums.length);
        for (short attnum : attnums) {
            names.add(name(relation, attnum));
        }
        return names;
    }
}

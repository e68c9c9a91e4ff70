package dev.dbmirror.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic synthetic mirror: {@code n} tables of 10 to 20 columns over the whole catalog,
 * each after the first with one or two foreign keys to earlier tables, some with a unique column,
 * plus two enums. Used by the large-mirror test and, through {@link #main}, by processor/bench.
 */
public final class SyntheticMirror {

    private static final String[] TYPES = {
        "text", "character varying(255)", "integer", "bigint", "boolean", "numeric(12,2)", "double precision",
        "date", "timestamp with time zone", "timestamp without time zone", "jsonb", "bytea", "text[]", "smallint",
        "real", "interval", "time without time zone", "public.status", "public.priority", "citext",
    };

    private SyntheticMirror() {
    }

    /** {@code java … SyntheticMirror <tables> <output file>}. */
    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, generate(Integer.parseInt(args[0])), StandardCharsets.UTF_8);
    }

    public static String generate(int tableCount) {
        Random random = new Random(tableCount);
        StringBuilder json = new StringBuilder(tableCount * 2_500);
        json.append("{\n\"format\": 1,\n\"source\": {\"dialect\": \"postgresql\", \"serverMajor\": 15, \"schemas\": [\"public\"]},\n")
                .append("\"enums\": [\n")
                .append("{\"schema\": \"public\", \"name\": \"priority\", \"values\": [\"low\", \"high\"], \"comment\": null},\n")
                .append("{\"schema\": \"public\", \"name\": \"status\", \"values\": [\"new\", \"in-progress\", \"done\"], \"comment\": null}\n")
                .append("],\n\"domains\": [],\n\"tables\": [\n");
        for (int t = 0; t < tableCount; t++) {
            String name = tableName(t);
            int columnCount = 10 + random.nextInt(11);
            List<String> columns = new ArrayList<>();
            columns.add(column("id", "bigint", false, "nextval('" + name + "_id_seq'::regclass)"));
            List<String> foreignKeys = new ArrayList<>();
            int references = t == 0 ? 0 : 1 + random.nextInt(2);
            for (int f = 0; f < references; f++) {
                String target = tableName(random.nextInt(t));
                String fkColumn = "ref" + f + "_" + target + "_id";
                columns.add(column(fkColumn, "bigint", f > 0, null));
                foreignKeys.add(String.format(Locale.ROOT,
                        "{\"name\": \"%s_%s_fkey\", \"columns\": [\"%s\"], \"references\": {\"schema\": \"public\","
                                + " \"table\": \"%s\", \"columns\": [\"id\"]}, \"onUpdate\": \"no action\", \"onDelete\": \"cascade\"}",
                        name, fkColumn, fkColumn, target));
            }
            while (columns.size() < columnCount) {
                int c = columns.size();
                columns.add(column("col_" + c, TYPES[random.nextInt(TYPES.length)], random.nextBoolean(), null));
            }
            String uniques = t % 3 == 0
                    ? "[{\"name\": \"" + name + "_code_key\", \"columns\": [\"col_" + (columnCount - 1) + "\"]}]" : "[]";
            json.append(String.format(Locale.ROOT,
                    "{\"schema\": \"public\", \"name\": \"%s\", \"kind\": \"table\", \"comment\": \"Synthetic table %d.\","
                            + " \"columns\": [\n%s\n], \"primaryKey\": {\"name\": \"%s_pkey\", \"columns\": [\"id\"]},"
                            + " \"uniques\": %s, \"foreignKeys\": [%s], \"checks\": [], \"indexes\": []}%s\n",
                    name, t, String.join(",\n", columns), name, uniques, String.join(", ", foreignKeys),
                    t == tableCount - 1 ? "" : ","));
        }
        return json.append("]\n}\n").toString();
    }

    private static String tableName(int index) {
        return String.format(Locale.ROOT, "things_%05d", index);
    }

    private static String column(String name, String type, boolean nullable, String defaultValue) {
        return String.format(Locale.ROOT,
                "{\"name\": \"%s\", \"type\": \"%s\", \"nullable\": %s, \"default\": %s, \"identity\": null,"
                        + " \"generated\": null, \"comment\": null}",
                name, type, nullable, defaultValue == null ? "null" : "\"" + defaultValue + "\"");
    }
}

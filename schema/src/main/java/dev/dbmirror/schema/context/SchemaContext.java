package dev.dbmirror.schema.context;

import dev.dbmirror.schema.io.FileSet;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The context folder for coding assistants (the {@code dbmirror context} command): {@code
 * db/schema.json} rendered from the mirror, and {@code registry.json} with the SHA-256 of every file
 * of the folder. {@link #plan} renders and compares; {@link Plan#write} writes, {@link
 * Plan#staleness} says why the folder is not current.
 */
public final class SchemaContext {

    /** The context file of the database, relative to the context folder. */
    public static final String SCHEMA_FILE = "db/schema.json";
    public static final String REGISTRY = "registry.json";

    private SchemaContext() {
    }

    /** Renders the context of {@code mirror} and reads what the folder {@code out} (which need not exist) holds. */
    public static Plan plan(Mirror mirror, Path out) throws IOException {
        byte[] schema = ContextFile.render(mirror).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> onDisk = contextFiles(out);
        Map<String, String> shas = new TreeMap<>();
        onDisk.forEach((path, bytes) -> shas.put(path, Checksums.sha256(bytes)));
        shas.put(SCHEMA_FILE, Checksums.sha256(schema));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SCHEMA_FILE, schema);
        files.put(REGISTRY, ContextRegistry.render(shas).getBytes(StandardCharsets.UTF_8));
        Path registry = out.resolve(REGISTRY);
        byte[] registryOnDisk = Files.isRegularFile(registry) ? Files.readAllBytes(registry) : null;
        return new Plan(out, files, onDisk, registryOnDisk);
    }

    /** Every regular file under the folder but the registry and hidden files (such as unfinished writes), by path with {@code /}. */
    private static Map<String, byte[]> contextFiles(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(out)) {
            paths = walk.filter(Files::isRegularFile).toList();
        }
        for (Path path : paths) {
            Path relative = out.relativize(path);
            boolean hidden = false;
            for (Path part : relative) {
                hidden |= part.toString().startsWith(".");
            }
            String name = relative.toString().replace(java.io.File.separatorChar, '/');
            if (!hidden && !name.equals(REGISTRY)) {
                files.put(name, Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** The rendered context and what the folder held. */
    public static final class Plan {
        private final Path out;
        private final Map<String, byte[]> files;
        private final Map<String, byte[]> onDisk;
        private final byte[] registryOnDisk;

        private Plan(Path out, Map<String, byte[]> files, Map<String, byte[]> onDisk, byte[] registryOnDisk) {
            this.out = out;
            this.files = files;
            this.onDisk = onDisk;
            this.registryOnDisk = registryOnDisk;
        }

        /** The files to write, relative to the folder. */
        public Map<String, byte[]> files() {
            return files;
        }

        /** Writes the context file and the registry, each only if its bytes change; both staged before either is renamed. */
        public FileSet.Result write() throws IOException {
            return FileSet.write(out, files, List.of());
        }

        /**
         * Why the folder is not current, one line a file, naming the file relative to the folder; empty
         * when the context file matches the mirror and the registry matches every file.
         */
        public List<String> staleness() {
            List<String> reasons = new ArrayList<>();
            Map<String, String> registered = null;
            if (registryOnDisk == null) {
                reasons.add(REGISTRY + ": missing");
            } else {
                try {
                    registered = ContextRegistry.parse(new String(registryOnDisk, StandardCharsets.UTF_8));
                } catch (ContextRegistry.Unreadable e) {
                    reasons.add(REGISTRY + ": cannot be read (" + e.getMessage() + ")");
                }
            }
            byte[] schema = onDisk.get(SCHEMA_FILE);
            if (schema == null) {
                reasons.add(SCHEMA_FILE + ": missing");
            } else if (!java.util.Arrays.equals(schema, files.get(SCHEMA_FILE))) {
                boolean edited = registered != null && !Checksums.sha256(schema).equals(registered.get(SCHEMA_FILE));
                reasons.add(SCHEMA_FILE + (edited ? ": changed since `dbmirror context` wrote it" : ": describes another mirror"));
            }
            if (registered != null) {
                for (Map.Entry<String, byte[]> file : onDisk.entrySet()) {
                    String sha = registered.get(file.getKey());
                    if (file.getKey().equals(SCHEMA_FILE)) {
                        continue;
                    }
                    if (sha == null) {
                        reasons.add(file.getKey() + ": not in the registry");
                    } else if (!sha.equals(Checksums.sha256(file.getValue()))) {
                        reasons.add(file.getKey() + ": changed since it was registered");
                    }
                }
                for (String path : registered.keySet()) {
                    if (!onDisk.containsKey(path) && !path.equals(SCHEMA_FILE)) {
                        reasons.add(path + ": registered but missing");
                    }
                }
                if (reasons.isEmpty() && !java.util.Arrays.equals(registryOnDisk, files.get(REGISTRY))) {
                    reasons.add(REGISTRY + ": not as `dbmirror context` writes it");
                }
            }
            return reasons;
        }
    }
}

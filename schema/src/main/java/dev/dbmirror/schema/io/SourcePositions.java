package dev.dbmirror.schema.io;

import java.util.HashMap;
import java.util.Map;

/** Where each JSON path of a parsed file starts, so problems found on the model can be located. */
public final class SourcePositions {

    private static final SourcePositions NONE = new SourcePositions(Map.of());

    private final Map<String, int[]> positions;

    private SourcePositions(Map<String, int[]> positions) {
        this.positions = positions;
    }

    /** For a mirror that was not read from a file: problems keep no position. */
    public static SourcePositions none() {
        return NONE;
    }

    static SourcePositions of(JsonNode root) {
        Map<String, int[]> positions = new HashMap<>();
        record(root, "", positions);
        return new SourcePositions(positions);
    }

    private static void record(JsonNode node, String path, Map<String, int[]> positions) {
        positions.put(path, new int[] {node.line(), node.column()});
        if (node instanceof JsonNode.ObjectNode object) {
            object.fields().forEach((name, child) -> record(child, path.isEmpty() ? name : path + "." + name, positions));
        } else if (node instanceof JsonNode.ArrayNode array) {
            for (int i = 0; i < array.items().size(); i++) {
                record(array.items().get(i), path + "[" + i + "]", positions);
            }
        }
    }

    /**
     * The problem with the position of its path, or of the nearest enclosing value that exists in
     * the file (a missing field points at the object that lacks it).
     */
    public MirrorProblem locate(MirrorProblem problem) {
        if (problem.line() > 0) {
            return problem;
        }
        String path = problem.path();
        while (true) {
            int[] at = positions.get(path);
            if (at != null) {
                return problem.locatedAt(at[0], at[1]);
            }
            if (path.isEmpty()) {
                return problem;
            }
            path = parent(path);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}

package dev.dbmirror.schema.io;

import java.util.Map;

/**
 * Where the values of a parsed file start, so problems found on the model can be located. Keeps
 * the parsed tree and walks a problem's JSON path through it on demand: problems are few, values
 * are many, so nothing is computed per value up front.
 */
public final class SourcePositions {

    private static final SourcePositions NONE = new SourcePositions(null);

    private final JsonNode root;

    private SourcePositions(JsonNode root) {
        this.root = root;
    }

    /** For a mirror that was not read from a file: problems keep no position. */
    public static SourcePositions none() {
        return NONE;
    }

    static SourcePositions of(JsonNode root) {
        return new SourcePositions(root);
    }

    /**
     * The problem with the position of its path, or of the nearest enclosing value that exists in
     * the file (a missing field points at the object that lacks it).
     */
    public MirrorProblem locate(MirrorProblem problem) {
        if (problem.line() > 0 || root == null) {
            return problem;
        }
        JsonNode deepest = deepestOnPath(problem.path());
        return problem.locatedAt(deepest.line(), deepest.column());
    }

    /** Follows {@code a.b[3].c} from the root as far as the file has it. */
    private JsonNode deepestOnPath(String path) {
        JsonNode node = root;
        int at = 0;
        while (at < path.length()) {
            JsonNode next;
            if (path.charAt(at) == '[') {
                int close = path.indexOf(']', at);
                int index = Integer.parseInt(path.substring(at + 1, close));
                next = node instanceof JsonNode.ArrayNode array && index < array.items().size()
                        ? array.items().get(index) : null;
                at = close + 1;
            } else {
                int start = path.charAt(at) == '.' ? at + 1 : at;
                int end = nextSeparator(path, start);
                Map<String, JsonNode> fields = node instanceof JsonNode.ObjectNode object ? object.fields() : Map.of();
                next = fields.get(path.substring(start, end));
                at = end;
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    private static int nextSeparator(String path, int from) {
        for (int i = from; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return i;
            }
        }
        return path.length();
    }
}

package dev.dbmirror.processor.diagnostics;

/**
 * Where in the mirror a diagnostic points: the file, a 1-based line and column (0 when not known)
 * and the JSON path of the value (empty for the whole file).
 */
public record Position(String file, int line, int column, String path) {

    /** The whole file, for problems that are not about one value (an option, a missing file). */
    public static Position file(String file) {
        return new Position(file, 0, 0, "");
    }

    /** {@code file:line:column: path}, the form editors and CI logs turn into links. */
    public String render() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        if (!path.isEmpty()) {
            out.append(": ").append(path);
        }
        return out.toString();
    }
}

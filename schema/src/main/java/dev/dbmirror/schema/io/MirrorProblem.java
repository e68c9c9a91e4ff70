package dev.dbmirror.schema.io;

/**
 * One thing wrong with a mirror, where it is and what to do about it.
 *
 * @param path    the JSON path of the offending value, e.g. {@code tables[3].columns[1].type}; empty for the document
 * @param line    1-based line in the file, 0 when not known
 * @param column  1-based column in the file, 0 when not known
 * @param message one sentence saying what is wrong and how to fix it
 */
public record MirrorProblem(String path, int line, int column, String message) {

    /** A problem found on the model, to be located in the file later. */
    public static MirrorProblem at(String path, String message) {
        return new MirrorProblem(path, 0, 0, message);
    }

    MirrorProblem locatedAt(int newLine, int newColumn) {
        return new MirrorProblem(path, newLine, newColumn, message);
    }

    /** {@code file:line:column: path: message}, the form editors and CI logs link. */
    public String render(String fileName) {
        StringBuilder out = new StringBuilder(fileName);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}

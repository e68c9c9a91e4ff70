package dev.dbmirror.processor.load;

import dev.dbmirror.processor.diagnostics.Position;
import dev.dbmirror.schema.io.MirrorProblem;
import dev.dbmirror.schema.io.SourcePositions;
import dev.dbmirror.schema.model.Mirror;

/**
 * A mirror that read and validated cleanly, with what later stages need to point at its values.
 *
 * @param sha256 the hex SHA-256 of the file's bytes, written as the regeneration stamp
 */
public record LoadedMirror(String fileName, Mirror mirror, SourcePositions positions, String sha256) {

    /** The position of the value at a JSON path such as {@code tables[3].columns[1].type}. */
    public Position position(String path) {
        MirrorProblem located = positions.locate(MirrorProblem.at(path, ""));
        return new Position(fileName, located.line(), located.column(), path);
    }

    /** The whole file, for problems about an option rather than a value. */
    public Position file() {
        return Position.file(fileName);
    }
}

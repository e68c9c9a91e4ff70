package dev.dbmirror.cli.project;

import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code dbmirror init} puts into a project, by path relative to its root. */
public final class StarterFiles {

    /** The dialect of the empty mirror: migrations and verify speak PostgreSQL, so its types are PostgreSQL's. */
    static final String DIALECT = "postgresql";

    private StarterFiles() {
    }

    /** The files in the order they are created; {@link Project#MIGRATIONS} is a folder and not among them. */
    public static Map<String, byte[]> of(Mode mode) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Project.MIRROR, utf8(MirrorWriter.write(emptyMirror())));
        files.put(Project.SETTINGS, utf8(settings(mode)));
        files.put(Project.ENVIRONMENTS, utf8(ENVIRONMENTS));
        files.put(Project.AGENTS, utf8(AGENTS));
        return files;
    }

    static Mirror emptyMirror() {
        return new Mirror(Mirror.FORMAT, new Source(DIALECT, null, List.of("public")), List.of(), List.of(), List.of());
    }

    static String settings(Mode mode) {
        return "{\n  \"format\": " + Settings.FORMAT + ",\n  \"mode\": \"" + mode.json() + "\",\n"
                + "  \"exclude\": []\n}\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String ENVIRONMENTS = """
            {
              "format": 1,
              "environments": [
                {
                  "id": "dev",
                  "description": "The local development database",
                  "url": "jdbc:postgresql://${DEV_DB_HOST}:5432/${DEV_DB_NAME}",
                  "user": "${DEV_DB_USER}",
                  "passwordEnv": "DEV_DB_PASSWORD",
                  "permissions": ["migrations", "directQueries"]
                }
              ]
            }
            """;

    private static final String AGENTS = """
            # Working with this project's database schema

            This guide is for coding assistants. The database schema is kept in the repository by
            dbmirror; read it there, never from a database.

            - Read the schema from `db/schema/tables.json` (every table, column, key, index, enum) and,
              where it exists, the compact `docs/context/db/schema.json`. `dbmirror list` prints the tables.
            - `db/config/dbmirror.json` says which side is the source of truth (`mode`):
              - `repository`: propose a change by editing `db/schema/tables.json` or with
                `dbmirror add-table --name NAME --columns "id:uuid:pk,name:string,note:text?"`, then generate
                the migration with `dbmirror migration --name what-it-does --env dev` (dbmirror reads the
                database's schema with the credentials a person set up; it changes nothing) and leave the
                new file in `db/migrations/` for a person to review and apply.
              - `database`: do not edit the mirror; say which change the database needs. A person makes it
                and runs `dbmirror pull`.
            - Never connect to a database yourself (psql, JDBC, …), never run SQL or apply a migration,
              and never ask for or handle credentials: the people who run the commands hold them.
            - Generated Java code (records, repositories) comes from the mirror at compile time; do not
              edit it by hand.
            """;
}

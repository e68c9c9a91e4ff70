package dev.dbmirror.processor.diagnostics;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, with a stable id; an error unless it says otherwise. Ids are never reused or renumbered:
 * users search for them and docs/processor.md lists them. Texts and fixes are {@link String#format}
 * templates over the same arguments.
 */
public enum Message {
    MIRROR_NOT_FOUND("DBM-P001", "cannot find the mirror %1$s; looked in:%2$s",
            "run `dbmirror pull` to create it, or point to it with -Adbmirror.mirror=<path> or -Adbmirror.basedir=<module directory>"),
    MIRROR_UNREADABLE("DBM-P002", "cannot read the mirror: %1$s",
            "check that the file is readable, or point to another one with -Adbmirror.mirror=<path>"),
    /** The schema module's own message, which already says how to fix it. */
    MIRROR_INVALID("DBM-P003", "%1$s", ""),
    BAD_OPTION("DBM-P004", "option -Adbmirror.%1$s: %2$s",
            "write it as -Adbmirror.%1$s=%3$s"),
    UNKNOWN_OPTION("DBM-P005", "unknown option -A%1$s",
            "use one of %2$s"),
    UNKNOWN_TYPE("DBM-P010", "column %1$s has type \"%2$s\", which has no Java type in dbmirror's catalog",
            "map it with -Adbmirror.typeOverrides=%3$s=<java type> (every column of that type) or"
                    + " -Adbmirror.columnOverrides=%1$s=<java type> (this column only)"),
    TYPE_OVERRIDE_UNUSED(Diagnostic.Kind.WARNING, "DBM-P011",
            "type override %1$s=%2$s matches no column type of the mirror",
            "remove it from -Adbmirror.typeOverrides, or name a type the mirror uses"),
    COLUMN_OVERRIDE_UNUSED(Diagnostic.Kind.WARNING, "DBM-P012",
            "column override %1$s=%2$s names no column of the mirror",
            "remove it from -Adbmirror.columnOverrides, or write schema.table.column of an existing column"),
    TABLE_NAME_UNUSED(Diagnostic.Kind.WARNING, "DBM-P013",
            "name override %1$s=%2$s names no table, view or enum type of the mirror",
            "remove it from -Adbmirror.tableNames, or write schema.name of an existing table, view or enum type"),
    COLUMN_NAME_UNUSED(Diagnostic.Kind.WARNING, "DBM-P014",
            "name override %1$s=%2$s names no column of the mirror",
            "remove it from -Adbmirror.columnNames, or write schema.table.column of an existing column"),
    DOMAIN_CYCLE("DBM-P015", "domain %1$s is defined over itself (%2$s)",
            "pull the mirror again; a domain's base type must be a built-in type, an enum or another domain"),
    UNKNOWN_TYPES_AS_TEXT(Diagnostic.Kind.NOTE, "DBM-P016",
            "columns of types that dbmirror's catalog does not know are String, in PostgreSQL's text form: %1$s",
            "to give such a type another Java type, add -Adbmirror.typeOverrides=%2$s=<java type>; to make unknown"
                    + " types errors, add -Adbmirror.strictTypes=true"),
    TYPE_NAME_CLASH("DBM-P020", "%1$s and %2$s both map to the Java type %3$s",
            "give one of them another name, e.g. -Adbmirror.tableNames=%4$s=<OtherName>"),
    COLUMN_NAME_CLASH("DBM-P021", "columns %1$s and %2$s both map to the record component %3$s",
            "give one of them another name, e.g. -Adbmirror.columnNames=%2$s=<otherName>"),
    WRITE_FAILED("DBM-P030", "cannot write the generated file %1$s: %2$s",
            "make sure no other source or processor defines %1$s, then compile again (after `mvn clean` if it persists)"),
    DOMAIN_MIRROR_NOT_FOUND("DBM-P040", "cannot find the mirror of the domain package %1$s: no %2$s in the class"
            + " output or on the class path",
            "annotate %1$s with @DbMirror and compile it in this module or in a module on the compile class path,"
                    + " or correct @JdbcAdapters(domain = \"%1$s\")"),
    ADAPTER_DIALECT("DBM-P041", "the mirror of %1$s was read from a %2$s database; JDBC adapters are generated"
            + " for PostgreSQL only",
            "remove @JdbcAdapters from %3$s and write the adapters by hand, or pull the mirror from PostgreSQL"),
    TIMING(Diagnostic.Kind.NOTE, "DBM-P090", "%1$s", ""),
    INTERNAL_ERROR("DBM-P099", "dbmirror failed internally: %1$s",
            "this is a bug in dbmirror; please report it to the dbmirror maintainers with this message, the stack"
                    + " trace above and the mirror (or a reduced copy)");

    private final Diagnostic.Kind kind;
    private final String id;
    private final String text;
    private final String fix;

    Message(String id, String text, String fix) {
        this(Diagnostic.Kind.ERROR, id, text, fix);
    }

    Message(Diagnostic.Kind kind, String id, String text, String fix) {
        this.kind = kind;
        this.id = id;
        this.text = text;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    public Diagnostic.Kind kind() {
        return kind;
    }

    /** {@code [id] where: text. Fix: fix.}; {@code where} is left out when empty. */
    public String render(String where, Object... args) {
        StringBuilder out = new StringBuilder("[").append(id).append("] ");
        if (!where.isEmpty()) {
            out.append(where).append(": ");
        }
        out.append(String.format(java.util.Locale.ROOT, text, args));
        if (!fix.isEmpty()) {
            out.append(". Fix: ").append(String.format(java.util.Locale.ROOT, fix, args)).append('.');
        }
        return out.toString();
    }
}

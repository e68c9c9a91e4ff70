package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.JavaType;
import dev.dbmirror.processor.plan.JavaType.ArrayType;
import dev.dbmirror.processor.plan.JavaType.ClassType;
import dev.dbmirror.processor.plan.JavaType.Parameterized;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of one generated source file, written in a single pass. The body comes first; each class
 * it names is named as it appears:
 * <ul>
 *   <li>a class of the generated package by its simple name;</li>
 *   <li>a class whose simple name is also the name of a class of the package (a table {@code strings}
 *       → {@code String}) fully qualified, so that it is not captured by that class;</li>
 *   <li>otherwise the first class to use a simple name gets it (and an import, unless it is in
 *       {@code java.lang}); a later class with the same simple name is written fully qualified.</li>
 * </ul>
 * The package and import lines, known once the body is done, are written to the file before it.
 * One instance serves every file of a package: {@link #start()} clears it for the next.
 */
final class SourceText {

    /** Lines longer than this are broken at the places {@link #breakableSpace} and {@link #breakPoint} mark. */
    private static final int COLUMN_LIMIT = 100;

    private final String packageName;
    private final Set<String> packageTypeNames;
    private final StringBuilder header = new StringBuilder(1_024);
    private final StringBuilder body = new StringBuilder(8_192);
    /** Simple name → the qualified name of the top-level class that has it in this file. */
    private final Map<String, String> simpleNames = new HashMap<>();
    /** Where the last place to break stands, until it is settled; -1 when there is none. */
    private int pendingBreak = -1;
    /** 1 for a space that the line break replaces, 0 for a break point. */
    private int pendingWidth;
    private int pendingIndent;

    /**
     * @param packageTypeNames simple names of the package's classes that generated code can refer to:
     *                         the generated types and the package's own classes named by overrides
     */
    SourceText(String packageName, Set<String> packageTypeNames) {
        this.packageName = packageName;
        this.packageTypeNames = packageTypeNames;
    }

    /** Clears the text for the next file. */
    void start() {
        body.setLength(0);
        simpleNames.clear();
        pendingBreak = -1;
    }

    SourceText append(String text) {
        body.append(text);
        return this;
    }

    SourceText append(char c) {
        body.append(c);
        return this;
    }

    /** A reference to a type, without annotations. */
    SourceText type(JavaType type) {
        return type(type, false);
    }

    /**
     * A reference to a type; {@code nullable} puts JSpecify's {@code @Nullable} where a type-use annotation
     * belongs: {@code @Nullable String}, {@code java.lang. @Nullable String}, {@code byte @Nullable []},
     * {@code @Nullable List<String>}.
     */
    SourceText type(JavaType type, boolean nullable) {
        if (type instanceof ClassType classType) {
            className(classType, nullable);
        } else if (type instanceof Parameterized parameterized) {
            className(parameterized.raw(), nullable);
            body.append('<');
            for (int i = 0; i < parameterized.arguments().size(); i++) {
                body.append(i == 0 ? "" : ", ");
                type(parameterized.arguments().get(i));
            }
            body.append('>');
        } else if (type instanceof ArrayType array) {
            type(array.component());
            if (nullable) {
                body.append(' ');
                annotation(true);
            }
            body.append("[]");
        } else {
            annotation(nullable);
            body.append(type);
        }
        return this;
    }

    private void className(ClassType type, boolean nullable) {
        String name = nameOf(type);
        int lastDot = name.lastIndexOf('.');
        if (nullable && lastDot >= 0) {
            body.append(name, 0, lastDot + 1).append(' ');
            annotation(true);
            body.append(name, lastDot + 1, name.length());
        } else {
            annotation(nullable);
            body.append(name);
        }
    }

    private void annotation(boolean nullable) {
        if (nullable) {
            body.append('@');
            className(GeneratedTypes.NULLABLE, false);
            body.append(' ');
        }
    }

    /** How this file names the class: simple, nested ({@code Map.Entry}) or fully qualified. */
    private String nameOf(ClassType type) {
        if (type.packageName().equals(packageName)) {
            return type.nestedName();
        }
        String topLevel = type.topLevelCanonicalName();
        if (packageTypeNames.contains(type.topLevelName())
                || !simpleNames.computeIfAbsent(type.topLevelName(), name -> topLevel).equals(topLevel)) {
            return type.toString();
        }
        return type.nestedName();
    }

    /**
     * A space that becomes a line break and {@code indent} spaces if the text after it, up to the next place
     * to break or the end of its line, would reach past column 100.
     */
    SourceText breakableSpace(int indent) {
        markBreak(indent, 1);
        body.append(' ');
        return this;
    }

    /** Like {@link #breakableSpace}, but nothing when the line is not broken: after an open parenthesis. */
    SourceText breakPoint(int indent) {
        markBreak(indent, 0);
        return this;
    }

    private void markBreak(int indent, int width) {
        settleBreak();
        pendingBreak = body.length();
        pendingWidth = width;
        pendingIndent = indent;
    }

    private void settleBreak() {
        if (pendingBreak < 0) {
            return;
        }
        int lineStart = body.lastIndexOf("\n", pendingBreak) + 1;
        int lineEnd = body.indexOf("\n", pendingBreak);
        if ((lineEnd < 0 ? body.length() : lineEnd) - lineStart > COLUMN_LIMIT) {
            body.replace(pendingBreak, pendingBreak + pendingWidth, "\n" + " ".repeat(pendingIndent));
        }
        pendingBreak = -1;
    }

    /** {@code text} as a Javadoc comment, each line indented by {@code indent}. */
    SourceText javadoc(String indent, String text) {
        body.append(indent).append("/**\n");
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            body.append(indent).append(start == end ? " *" : " * ").append(text, start, end).append('\n');
            start = end + 1;
        }
        body.append(indent).append(" */\n");
        return this;
    }

    /** Writes the package line, the imports (sorted, none from {@code java.lang}) and the body. */
    void writeTo(Writer out) throws IOException {
        settleBreak();
        header.setLength(0);
        if (!packageName.isEmpty()) {
            header.append("package ").append(packageName).append(";\n\n");
        }
        int headerLength = header.length();
        for (String imported : new TreeSet<>(simpleNames.values())) {
            if (!imported.substring(0, imported.lastIndexOf('.')).equals("java.lang")) {
                header.append("import ").append(imported).append(";\n");
            }
        }
        if (header.length() > headerLength) {
            header.append('\n');
        }
        out.append(header).append(body);
    }
}

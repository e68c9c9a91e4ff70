package dev.dbmirror.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package whose {@code package-info.java} carries {@code @DbMirror}, read with a plain text
 * parse: comments are dropped, then the annotation's string value (if any) and the package name
 * are picked out.
 *
 * @param packageName the annotated package, e.g. {@code com.acme.domain}
 * @param mirrorPath  the annotation's {@code value}, or its default {@code db/schema/tables.json};
 *                    empty when the value is not a plain string literal (a constant, a
 *                    concatenation, a literal with escapes)
 */
record MirroredPackage(String packageName, Optional<String> mirrorPath) {

    static final String DEFAULT_MIRROR = "db/schema/tables.json";

    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ANNOTATION = Pattern.compile(
            "@\\s*(?:dev\\s*\\.\\s*dbmirror\\s*\\.\\s*annotations\\s*\\.\\s*)?DbMirror\\b\\s*(\\((.*?)\\))?",
            Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.\\s]+?)\\s*;");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern NAMED_ELEMENTS = Pattern.compile("^\\w+\\s*=");
    private static final Pattern VALUE_ELEMENT =
            Pattern.compile("(?:^|,)\\s*value\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,]*)");

    /** Reads a {@code package-info.java}; empty when it has no {@code @DbMirror} or no package statement. */
    static Optional<MirroredPackage> read(Path packageInfo) throws IOException {
        return parse(Files.readString(packageInfo, StandardCharsets.UTF_8));
    }

    static Optional<MirroredPackage> parse(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        Matcher annotation = ANNOTATION.matcher(code);
        Matcher pkg = PACKAGE.matcher(code);
        if (!annotation.find() || !pkg.find()) {
            return Optional.empty();
        }
        String packageName = pkg.group(1).replaceAll("\\s", "");
        return Optional.of(new MirroredPackage(packageName, mirrorPath(annotation.group(2))));
    }

    /** The mirror path from the annotation's arguments: none, {@code ("x")} or {@code (value = "x", …)}. */
    private static Optional<String> mirrorPath(String arguments) {
        String args = arguments == null ? "" : arguments.strip();
        String value = args;
        if (NAMED_ELEMENTS.matcher(args).find()) {
            Matcher element = VALUE_ELEMENT.matcher(args);
            value = element.find() ? element.group(1).strip() : "";
        }
        if (value.isEmpty()) {
            return Optional.of(DEFAULT_MIRROR);
        }
        Matcher literal = STRING.matcher(value);
        return literal.matches() ? Optional.of(literal.group(1)) : Optional.empty();
    }
}

package dev.dbmirror.cli.args;

import java.util.ArrayList;
import java.util.List;

/** The {@code --help} text: usage line, description, a two-column list of options, footer; 80 columns. */
public final class HelpText {

    private static final int WIDTH = 80;
    /** Names longer than this put their description on the next line. */
    private static final int MAX_NAME_COLUMN = 28;

    /** One line of a two-column list: a name and its description. */
    private record Row(String left, String right) {
    }

    private HelpText() {
    }

    /** The help of one command of {@code program}. */
    public static String of(String program, CommandSpec spec) {
        StringBuilder text = new StringBuilder("Usage: ").append(program).append(' ').append(spec.name());
        for (Option option : spec.allOptions()) {
            if (option.required()) {
                text.append(' ').append(option.synopsis());
            }
        }
        text.append(" [OPTIONS]");
        if (spec.maxArguments() > 0) {
            text.append(" [").append(spec.argumentsLabel()).append(spec.maxArguments() > 1 ? "...]" : "]");
        }
        text.append('\n');
        lines(spec.description(), text);
        if (spec.maxArguments() > 0) {
            text.append("\nArguments:\n");
            String label = spec.argumentsLabel() + (spec.maxArguments() > 1 ? "..." : "");
            columns(List.of(new Row("  " + label, spec.argumentsDescription())), text);
        }
        text.append("\nOptions:\n");
        List<Row> rows = new ArrayList<>();
        for (Option option : spec.allOptions()) {
            rows.add(new Row(names(option), option.description()));
        }
        columns(rows, text);
        footer(spec.footer(), text);
        return text.toString();
    }

    /** The help of {@code program} itself: its commands, each with its description. */
    public static String ofProgram(String program, List<String> description, List<CommandSpec> commands,
                                   List<String> footer) {
        StringBuilder text = new StringBuilder("Usage: ").append(program).append(" COMMAND [OPTIONS]\n");
        lines(description, text);
        text.append("\nCommands:\n");
        List<Row> rows = new ArrayList<>();
        for (CommandSpec command : commands) {
            rows.add(new Row("  " + command.name(), String.join(" ", command.description())));
        }
        columns(rows, text);
        text.append("\nOptions:\n");
        columns(List.of(new Row(names(CommandSpec.HELP), CommandSpec.HELP.description()),
                new Row(names(CommandSpec.VERSION), CommandSpec.VERSION.description())), text);
        footer(footer, text);
        return text.toString();
    }

    /** {@code "  -q, --quiet"}, or {@code "      --url=JDBC_URL"} so that long names line up. */
    private static String names(Option option) {
        String shortName = option.names().size() > 1 ? option.names().get(0) + ", " : "    ";
        return "  " + shortName + option.synopsis();
    }

    private static void lines(List<String> lines, StringBuilder text) {
        for (String line : lines) {
            wrap(line, 0, text);
        }
    }

    private static void footer(List<String> footer, StringBuilder text) {
        if (!footer.isEmpty()) {
            text.append('\n');
            lines(footer, text);
        }
    }

    /** Left column as given, right column wrapped at the width and aligned. */
    private static void columns(List<Row> rows, StringBuilder text) {
        int nameWidth = 0;
        for (Row row : rows) {
            if (row.left().length() <= MAX_NAME_COLUMN) {
                nameWidth = Math.max(nameWidth, row.left().length());
            }
        }
        int indent = nameWidth + 3;
        for (Row row : rows) {
            text.append(row.left());
            int column = row.left().length();
            if (column > nameWidth) {
                text.append('\n');
                column = 0;
            }
            text.append(" ".repeat(indent - column));
            wrap(row.right(), indent, text);
        }
    }

    private static void wrap(String description, int indent, StringBuilder text) {
        int column = indent;
        boolean first = true;
        for (String word : description.split(" ")) {
            if (!first && column + 1 + word.length() > WIDTH) {
                text.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (!first) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
            first = false;
        }
        text.append('\n');
    }
}

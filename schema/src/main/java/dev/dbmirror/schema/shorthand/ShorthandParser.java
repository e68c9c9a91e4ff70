package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses one shorthand column list, collecting a problem for every bad item rather than stopping at the first. */
final class ShorthandParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String REF = "ref=";
    private static final List<String> FLAGS = List.of("pk", "unique", "null");
    private static final List<String> FLAG_WORDS = List.of("pk", "unique", "null", REF);
    private static final String FLAG_HELP = "use pk, unique, null or ref=table.column";

    private final Segment spec;
    private final List<EnumType> enums;
    private final List<ShorthandProblem> problems = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<String> uniques = new ArrayList<>();
    private final List<ShorthandReference> references = new ArrayList<>();
    private final Map<String, Integer> itemOfColumn = new HashMap<>();
    private int itemNumber;
    private Segment item;

    ShorthandParser(String spec, List<EnumType> enums) {
        this.spec = Segment.of(spec);
        this.enums = List.copyOf(enums);
    }

    ShorthandColumns parse() throws ShorthandException {
        if (spec.text().isEmpty()) {
            throw new ShorthandException(List.of(new ShorthandProblem(0, spec.text(), 1,
                    "no columns given; write name:type items separated by commas, e.g. id:uuid:pk,email:string:unique")));
        }
        List<Segment> items = spec.split(',');
        for (int i = 0; i < items.size(); i++) {
            itemNumber = i + 1;
            item = items.get(i);
            item();
        }
        if (!problems.isEmpty()) {
            throw new ShorthandException(problems);
        }
        return new ShorthandColumns(columns, primaryKey, uniques, references);
    }

    private void item() {
        if (item.text().isEmpty()) {
            problem(item, "empty item; remove the extra comma");
            return;
        }
        List<Segment> parts = item.split(':');
        Segment name = parts.get(0);
        if (parts.size() < 2) {
            problem(item, "no type; write name:type, e.g. " + name.text() + ":string");
            return;
        }
        boolean nameOk = name(name);
        String type = type(parts.get(1));
        Set<String> flags = new HashSet<>();
        List<Segment> refs = new ArrayList<>();
        for (Segment flag : parts.subList(2, parts.size())) {
            flag(flag, flags, refs);
        }
        if (flags.contains("pk") && flags.contains("null")) {
            problem(item, "a primary key column cannot be null; drop \"null\" or \"pk\"");
        }
        if (flags.contains("pk") && flags.contains("unique")) {
            problem(item, "a primary key column is unique already; drop \"unique\"");
        }
        if (!nameOk || type == null) {
            return;
        }
        String column = name.text();
        columns.add(new Column(column, type, flags.contains("null"), null, null, null, null));
        if (flags.contains("pk")) {
            primaryKey.add(column);
        }
        if (flags.contains("unique")) {
            uniques.add(column);
        }
        refs.forEach(ref -> reference(column, ref));
    }

    private boolean name(Segment name) {
        if (name.text().isEmpty()) {
            problem(item, "no column name; write name:type, e.g. id:uuid");
            return false;
        }
        if (!NAME.matcher(name.text()).matches()) {
            problem(name, "invalid column name \"" + name.text()
                    + "\"; use letters, digits and _, not starting with a digit");
            return false;
        }
        Integer first = itemOfColumn.putIfAbsent(name.text(), itemNumber);
        if (first != null) {
            problem(name, "duplicate column \"" + name.text() + "\" (first in item " + first
                    + "); give each column its own name");
            return false;
        }
        return true;
    }

    /** The column type: a catalog type or an enum's qualified name, with any {@code []} kept; {@code null} when unknown. */
    private String type(Segment type) {
        String element = type.text();
        String arrays = "";
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2).strip();
            arrays += "[]";
        }
        if (Shorthand.TYPES.contains(element)) {
            return element + arrays;
        }
        String wanted = element;
        List<EnumType> matching = enums.stream()
                .filter(e -> e.name().equals(wanted) || e.qualifiedName().equals(wanted))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0).qualifiedName() + arrays;
        }
        if (matching.size() > 1) {
            problem(type, "enum \"" + element + "\" is in several schemas ("
                    + matching.stream().map(EnumType::schema).collect(Collectors.joining(", "))
                    + "); write it with its schema, e.g. " + matching.get(0).qualifiedName());
            return null;
        }
        problem(type, type.text().isEmpty() ? "no type; write name:type, e.g. id:uuid" : unknownType(element));
        return null;
    }

    private String unknownType(String element) {
        List<String> known = new ArrayList<>(Shorthand.TYPES);
        enums.forEach(e -> known.add(e.name()));
        String enumHelp = enums.isEmpty() ? ""
                : ", an enum (" + enums.stream().map(EnumType::qualifiedName).collect(Collectors.joining(", ")) + ")";
        return "unknown type \"" + element + "\"" + didYouMean(element, known) + "; use one of "
                + String.join(", ", Shorthand.TYPES) + enumHelp + ", each optionally followed by [] for an array";
    }

    private void flag(Segment flag, Set<String> flags, List<Segment> refs) {
        String text = flag.text();
        String word = text.startsWith(REF) ? "ref" : text;
        if (text.isEmpty()) {
            problem(flag, "empty flag; remove the extra \":\" or write a flag (" + FLAG_HELP + ")");
        } else if (!text.startsWith(REF) && !FLAGS.contains(text)) {
            problem(flag, "unknown flag \"" + text + "\"" + didYouMean(text, FLAG_WORDS) + "; " + FLAG_HELP);
        } else if (!flags.add(word)) {
            problem(flag, "flag \"" + word + "\" given twice; write it once");
        } else if (word.equals("ref")) {
            refs.add(flag);
        }
    }

    private void reference(String column, Segment flag) {
        List<Segment> target = new Segment(flag.text().substring(REF.length()), flag.start() + REF.length()).split('.');
        boolean wellFormed = (target.size() == 2 || target.size() == 3)
                && target.stream().allMatch(part -> NAME.matcher(part.text()).matches());
        if (!wellFormed) {
            problem(flag, "\"" + flag.text() + "\" does not name a column; write ref=table.column or "
                    + "ref=schema.table.column, e.g. ref=customers.id");
            return;
        }
        int n = target.size();
        references.add(new ShorthandReference(column, n == 3 ? target.get(0).text() : null,
                target.get(n - 2).text(), target.get(n - 1).text()));
    }

    private static String didYouMean(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
    }

    private void problem(Segment at, String message) {
        problems.add(new ShorthandProblem(itemNumber, item.text(), at.position(), message));
    }
}

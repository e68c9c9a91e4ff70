package dev.dbmirror.processor.javatype;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Database names → legal Java names, deterministically (docs/processor.md, "Naming"):
 * <ul>
 *   <li>a name splits into words at every character that is not an ASCII letter or digit and where a
 *       lower-case letter meets an upper-case one; accents are dropped first ({@code Ä → A}, {@code ß → ss});</li>
 *   <li>types are PascalCase, members camelCase, enum constants UPPER_SNAKE; an all-capitals word
 *       counts as one word ({@code URL → Url});</li>
 *   <li>a name with no ASCII letter or digit at all is spelled by its code points: {@code _} → {@code _5F}
 *       (an empty enum label becomes {@code EMPTY});</li>
 *   <li>a name that starts with a digit gets a leading {@code _} ({@code 401k} → {@code _401K});</li>
 *   <li>a member that is a Java keyword, {@code yield}, or the name of an {@code Object} / record method
 *       gets a trailing {@code _} ({@code class → class_}, {@code hash_code → hashCode_}).</li>
 * </ul>
 */
public final class JavaNames {

    /** Methods every record has; a component accessor with one of these names would not compile or would mislead. */
    private static final Set<String> OBJECT_METHODS = Set.of(
            "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Restricted identifiers that cannot name a type, and {@code yield}, which cannot be called unqualified. */
    private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

    /** Combining marks, left by decomposing accented letters. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private JavaNames() {
    }

    /** {@code order_items} → {@code OrderItems}, or {@code OrderItem} when singularising. */
    public static String typeName(String name, boolean singularize) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return codePoints(name);
        }
        if (singularize) {
            int last = words.size() - 1;
            words.set(last, Singularizer.singular(words.get(last)));
        }
        return leadingDigit(words.stream().map(JavaNames::capitalized).collect(Collectors.joining()));
    }

    /** {@code customer_id} → {@code customerId}; keywords and {@code Object} methods get a trailing {@code _}. */
    public static String memberName(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return codePoints(name);
        }
        StringBuilder out = new StringBuilder(decapitalized(words.get(0)));
        words.subList(1, words.size()).forEach(word -> out.append(capitalized(word)));
        String member = leadingDigit(out.toString());
        return isLegalMemberName(member) ? member : member + "_";
    }

    /** {@code in-progress} → {@code IN_PROGRESS}, {@code 401k} → {@code _401K}, {@code ÄÖ} → {@code AO}. */
    public static String constantName(String label) {
        List<String> words = words(label);
        if (words.isEmpty()) {
            return codePoints(label);
        }
        return leadingDigit(words.stream().map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_")));
    }

    /** {@code findBy} + the capitalised member names joined by {@code And}. */
    public static String finderName(List<String> memberNames) {
        return "findBy" + memberNames.stream()
                .map(member -> Character.toUpperCase(member.charAt(0)) + member.substring(1))
                .collect(Collectors.joining("And"));
    }

    /** Whether a user-chosen type name (a {@code tableNames} override) can be used as is. */
    public static boolean isLegalTypeName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !RESTRICTED.contains(name);
    }

    /** Whether a member name (chosen by a user or derived) can be used as is. */
    public static boolean isLegalMemberName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !RESTRICTED.contains(name)
                && !OBJECT_METHODS.contains(name);
    }

    static List<String> words(String name) {
        String ascii = isAscii(name) ? name : withoutAccents(name);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            boolean boundary = !letterOrDigit
                    || (Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(word.charAt(word.length() - 1)));
            if (boundary && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (letterOrDigit) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 128);
    }

    private static String withoutAccents(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
    }

    private static String capitalized(String word) {
        String rest = isAllUpperCase(word) ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
        return Character.toUpperCase(word.charAt(0)) + rest;
    }

    private static String decapitalized(String word) {
        return isAllUpperCase(word) ? word.toLowerCase(Locale.ROOT) : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isAllUpperCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    private static String leadingDigit(String name) {
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String codePoints(String name) {
        if (name.isEmpty()) {
            return "EMPTY";
        }
        return name.codePoints().mapToObj(cp -> Integer.toHexString(cp).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_", "_", ""));
    }
}

package dev.dbmirror.schema.docs;

import java.util.HashMap;
import java.util.Map;

/**
 * Column types as Mermaid attribute types: enums and domains by their name without schema, every
 * type made one word ({@link MermaidText#attributeType}). Each distinct type is worked out once.
 */
final class AttributeTypes {

    private final Map<String, String> userTypeNames;
    private final Map<String, String> words = new HashMap<>();

    /** @param userTypeNames the mirror's enums and domains: qualified name to name */
    AttributeTypes(Map<String, String> userTypeNames) {
        this.userTypeNames = userTypeNames;
    }

    String of(String type) {
        return words.computeIfAbsent(type, this::word);
    }

    private String word(String type) {
        int element = type.length();
        while (element >= 2 && type.startsWith("[]", element - 2)) {
            element -= 2;
        }
        String name = userTypeNames.get(type.substring(0, element));
        return MermaidText.attributeType(name == null ? type : name + type.substring(element));
    }
}

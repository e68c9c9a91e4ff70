package dev.dbmirror.schema.context;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code registry.json}: every file of the context folder (but itself) with its SHA-256, so that a
 * check can tell a file written by {@code dbmirror context} and left alone from one changed since.
 */
final class ContextRegistry {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ContextRegistry() {
    }

    /** The registry text for these files (path relative to the folder, with {@code /}, to SHA-256). */
    static String render(Map<String, String> files) {
        List<String> entries = new ArrayList<>();
        new TreeMap<>(files).forEach((path, sha) -> entries.add(new JsonText.Line().field("path", path).field("sha256", sha).toString()));
        StringBuilder out = new StringBuilder("{\n  \"format\": 1,\n  \"about\": ")
                .append(JsonText.string("Each context file of this folder with its SHA-256, written by `dbmirror context`;"
                        + " `dbmirror context --check` tells a current file from a stale or edited one."))
                .append(",\n  \"files\": [");
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(entries.get(i));
        }
        return out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** A registry that could not be read, and why, in one phrase. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The files a registry lists (path to SHA-256). */
    static Map<String, String> parse(String text) throws Unreadable {
        Map<String, String> files = new TreeMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable(parser, "expected an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("files")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw unreadable(parser, "\"files\" is not an array");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    readEntry(parser, files);
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw unreadable(parser, "\"files\" holds something other than objects");
                }
            }
            return files;
        } catch (JsonProcessingException e) {
            throw new Unreadable("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static void readEntry(JsonParser parser, Map<String, String> files) throws IOException, Unreadable {
        String path = null;
        String sha = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (key.equals("path")) {
                path = parser.getValueAsString();
            } else if (key.equals("sha256")) {
                sha = parser.getValueAsString();
            } else {
                parser.skipChildren();
            }
        }
        if (path == null || sha == null) {
            throw unreadable(parser, "an entry of \"files\" lacks its \"path\" or \"sha256\"");
        }
        files.put(path, sha);
    }

    private static Unreadable unreadable(JsonParser parser, String message) {
        return new Unreadable(message + " at line " + parser.currentTokenLocation().getLineNr() + ", column "
                + parser.currentTokenLocation().getColumnNr());
    }
}

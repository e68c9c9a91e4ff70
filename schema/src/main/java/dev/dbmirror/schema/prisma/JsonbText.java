package dev.dbmirror.schema.prisma;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as PostgreSQL prints a {@code jsonb} value: keys unique (the last wins) and ordered shorter
 * first, then bytewise; {@code ", "} and {@code ": "} between items; numbers as {@code numeric} prints
 * them ({@code 1e3} → {@code 1000}).
 */
final class JsonbText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final Comparator<String> KEY_ORDER = Comparator
            .comparingInt((String k) -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing((a, b) -> compareBytes(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

    private JsonbText() {
    }

    static String normalize(String json, Position at) throws PrismaException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.enable(JsonParser.Feature.USE_FAST_BIG_NUMBER_PARSER);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty");
            }
            Object value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("trailing text");
            }
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        } catch (IOException e) {
            throw new PrismaException(at, "the default is not valid JSON; write it as a JSON string, e.g. @default(\"{}\")");
        }
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    object.remove(key);
                    object.put(key, read(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(parser, t));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new BigDecimal(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> Null.NULL;
            default -> throw new IOException("unexpected " + token);
        };
    }

    private enum Null { NULL }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>(map.keySet().stream().map(String.class::cast).toList());
            keys.sort(KEY_ORDER);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                string(keys.get(i), out);
                out.append(": ");
                write(map.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof BigDecimal number) {
            out.append(number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString());
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else {
            out.append("null");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int compareBytes(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }
}

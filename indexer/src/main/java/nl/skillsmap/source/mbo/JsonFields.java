package nl.skillsmap.source.mbo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.skillsmap.source.DataFormatException;

/**
 * One JSON object of a JSON Lines record, read field by field. Every accessor checks the field's type, so a
 * mistyped value fails with its path ({@code coreTasks[2].workProcesses[0].title}) and line instead of turning
 * into a wrong value. Absent and {@code null} are the same: the compiled data writes null for what a source could
 * not fill.
 */
final class JsonFields {

    private final JsonLine line;
    private final String path;
    private final JsonNode node;

    JsonFields(JsonLine line, String path, JsonNode node) {
        this.line = line;
        this.path = path;
        this.node = node;
    }

    JsonLine line() {
        return line;
    }

    /** A string that must be present and not blank. */
    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw error(name, "is required");
        }
        if (value.isBlank()) {
            throw error(name, "must not be blank");
        }
        return value;
    }

    /** A string, or null. */
    String text(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(name, "must be a string, found " + describe(value));
        }
        return value.textValue();
    }

    /** A whole number within int range, or null. */
    Integer integer(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(name, "must be a whole number, found " + describe(value));
        }
        return value.intValue();
    }

    /** True, false, or null. */
    Boolean bool(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw error(name, "must be true, false or null, found " + describe(value));
        }
        return value.booleanValue();
    }

    /** A nested object, or null. */
    JsonFields object(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw error(name, "must be an object, found " + describe(value));
        }
        return new JsonFields(line, pathOf(name), value);
    }

    /** An array of objects; empty when absent or null. */
    List<JsonFields> objects(String name) {
        JsonNode array = array(name);
        List<JsonFields> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = pathOf(name) + "[" + i + "]";
            if (!element.isObject()) {
                throw line.error(elementPath + " must be an object, found " + describe(element));
            }
            result.add(new JsonFields(line, elementPath, element));
        }
        return result;
    }

    /** An array of strings; empty when absent or null. */
    List<String> texts(String name) {
        JsonNode array = array(name);
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                throw line.error(pathOf(name) + "[" + i + "] must be a string, found " + describe(element));
            }
            result.add(element.textValue());
        }
        return result;
    }

    /** A problem with this object as a whole, named by its path. */
    DataFormatException error(String problem) {
        return line.error((path.isEmpty() ? "record" : path) + " " + problem);
    }

    /** A problem with one field, named by its path. */
    DataFormatException error(String name, String problem) {
        return line.error("field '" + pathOf(name) + "' " + problem);
    }

    private JsonNode array(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw error(name, "must be an array, found " + describe(value));
        }
        return value;
    }

    private JsonNode field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A short description of a value for an error message: its JSON type and, if short, the value itself. */
    static String describe(JsonNode value) {
        String type = switch (value.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
        String text = value.toString();
        return value.isContainerNode() || text.length() > 40 ? type : type + " " + text;
    }
}

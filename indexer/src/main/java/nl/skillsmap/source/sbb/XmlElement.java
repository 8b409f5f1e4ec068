package nl.skillsmap.source.sbb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed XML subtree: enough of the document to map a dossier, with the line each element starts
 * on so that errors can point at it.
 *
 * @param line       the parser's line number of the start tag
 * @param attributes attribute values by local name, as the parser normalized them
 * @param text       the character data directly inside this element (CDATA included, child elements' text not)
 */
record XmlElement(String name, int line, Map<String, String> attributes, String text, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute's value, or null when the element does not have it. */
    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** Child elements with the given name, in document order. */
    List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** Elements reached by a path of child names such as {@code "profielen/profiel"}, in document order. */
    List<XmlElement> all(String path) {
        List<XmlElement> current = List.of(this);
        for (String step : path.split("/")) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement element : current) {
                next.addAll(element.children(step));
            }
            current = next;
        }
        return current;
    }

    /** The first element reached by {@code path}, or null. */
    XmlElement first(String path) {
        List<XmlElement> found = all(path);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** All character data of this element and its descendants, in document order. */
    String deepText() {
        StringBuilder text = new StringBuilder();
        Deque<XmlElement> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            XmlElement element = pending.pop();
            text.append(element.text);
            for (int i = element.children.size() - 1; i >= 0; i--) {
                pending.push(element.children.get(i));
            }
        }
        return text.toString();
    }
}

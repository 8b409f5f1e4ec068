package nl.skillsmap.source.sbb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the element a StAX reader stands on into an {@link XmlElement} tree, so that a large export is held in
 * memory one dossier at a time. Iterative, so deep nesting cannot overflow the stack.
 */
final class ElementTreeReader {

    private ElementTreeReader() {}

    /**
     * Reads the subtree of the current start element; on return the reader stands on its matching end element.
     */
    static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        requireStartElement(reader);
        Deque<Builder> open = new ArrayDeque<>();
        open.push(new Builder(reader));
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    open.peek().text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new SecureXmlInput.RefusedXmlException(
                            reader.getLocation().getLineNumber(),
                            "entity reference &" + reader.getLocalName()
                                    + "; is not allowed (only XML's predefined and numeric references are)");
                default -> {
                    // comments and processing instructions carry no content of the export
                }
            }
        }
    }

    /** Skips the subtree of the current start element; on return the reader stands on its end element. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        requireStartElement(reader);
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void requireStartElement(XMLStreamReader reader) {
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("the reader does not stand on a start element");
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Builder(XMLStreamReader reader) {
            name = reader.getLocalName();
            line = reader.getLocation().getLineNumber();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        XmlElement build() {
            // Indentation between child elements is not content; dropping it keeps large trees small.
            String own = text.toString();
            return new XmlElement(name, line, attributes, own.isBlank() ? "" : own, children);
        }
    }
}

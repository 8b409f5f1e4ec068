package nl.skillsmap.source.sbb;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens UTF-8 XML with the JDK's StAX parser configured for untrusted input: no DTD, no entities, nothing fetched.
 *
 * <p>Without DTD support the parser still reports a DOCTYPE as an event (and would then fail on the first entity
 * it declared); refusing the DOCTYPE itself gives one clear error wherever it occurs, before any entity
 * (external, XXE, or nested, "billion laughs") can be referenced.
 */
final class SecureXmlInput {

    private SecureXmlInput() {}

    /**
     * A reader standing on the root element's start tag.
     *
     * @throws RefusedXmlException for a DOCTYPE, a non-UTF-8 encoding declaration or a document without elements
     */
    static XMLStreamReader openAtRoot(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(new BufferedReader(new StrictUtf8Reader(in)));
        requireUtf8Declaration(reader);
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedXmlException(
                        reader.getLocation().getLineNumber(),
                        "DOCTYPE declarations are refused (no DTDs or entities are read from SBB exports)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader;
            }
        }
        throw new RefusedXmlException(reader.getLocation().getLineNumber(), "the document has no root element");
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the classpath: its behaviour is what the tests pin.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve " + systemId);
        });
        return factory;
    }

    private static void requireUtf8Declaration(XMLStreamReader reader) throws RefusedXmlException {
        String declared = reader.getCharacterEncodingScheme();
        if (declared != null && !isUtf8(declared)) {
            throw new RefusedXmlException(
                    1, "the file declares encoding \"" + declared + "\"; SBB exports are read as UTF-8");
        }
    }

    private static boolean isUtf8(String encodingName) {
        try {
            return Charset.forName(encodingName).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    /** Input that is well-formed enough to parse but refused for safety or by the format's rules. */
    static final class RefusedXmlException extends XMLStreamException {

        private final int line;

        RefusedXmlException(int line, String problem) {
            super(problem);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}

package nl.skillsmap.source.sbb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.source.DataFormatException;
import nl.skillsmap.source.sbb.SecureXmlInput.RefusedXmlException;
import nl.skillsmap.source.sbb.StrictUtf8Reader.InvalidUtf8Exception;

/**
 * Reads one SBB kwalificatiedossier export ({@code <sbb><domeinen/><sectorkamers/>...<dossiers><dossier>...}) into
 * {@link Qualification} records: one per profiel and crebo, with the basis part expanded into each.
 *
 * <p>The file is streamed and held in memory one dossier at a time, so SBB's export of all dossiers reads like a
 * single one. Any problem, from a bad byte to a missing chapter number, fails the whole file with a
 * {@link DataFormatException} naming the line: a partly read dossier would silently shrink the index.
 */
public final class SbbXmlReader {

    /** Source id in the provenance of everything this reader produces. */
    public static final String SOURCE = "sbb-kd-xml";

    private final Path file;

    public SbbXmlReader(Path file) {
        this.file = file;
    }

    /** All qualifications of the file, dossier by dossier, profiles in document order. */
    public List<Qualification> read() {
        return readDossiers().stream()
                .flatMap(dossier -> dossier.qualifications().stream())
                .toList();
    }

    /** The dossiers of the file in document order, each with its knowledge items and qualifications. */
    public List<SbbDossier> readDossiers() {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<SbbDossier> parse(InputStream in) {
        XMLStreamReader reader = null;
        try {
            reader = SecureXmlInput.openAtRoot(in);
            return dossiers(reader);
        } catch (XMLStreamException e) {
            throw failure(e, reader);
        } finally {
            close(reader);
        }
    }

    private List<SbbDossier> dossiers(XMLStreamReader reader) throws XMLStreamException {
        if (!reader.getLocalName().equals("sbb")) {
            throw new DataFormatException(
                    file,
                    reader.getLocation().getLineNumber(),
                    "the root element is <" + reader.getLocalName()
                            + ">; an SBB kwalificatiedossier export starts with <sbb>");
        }
        ElementChecks checks = new ElementChecks(file);
        Provenance provenance = new Provenance(SOURCE, file.getFileName().toString(), Provenance.Quality.OFFICIAL);
        Map<String, String> domains = new HashMap<>();
        Set<String> unassignedDomains = new HashSet<>();
        Map<String, String> sectorChambers = new HashMap<>();
        List<SbbDossier> dossiers = new ArrayList<>();
        Map<String, Integer> dossierLineOfCrebo = new HashMap<>();
        SbbDossierMapper mapper = null;

        while (nextChildElement(reader)) {
            switch (reader.getLocalName()) {
                case "domeinen" -> {
                    for (XmlElement domain : ElementTreeReader.read(reader).children("domein")) {
                        String nr = checks.requiredAttribute(domain, "nr");
                        String crebo = domain.attribute("crebo");
                        if (crebo == null || crebo.isBlank()) {
                            unassignedDomains.add(nr);
                        } else {
                            domains.put(nr, checks.title(domain));
                        }
                    }
                }
                case "sectorkamers" -> {
                    for (XmlElement chamber : ElementTreeReader.read(reader).children("sectorkamer")) {
                        sectorChambers.put(checks.requiredAttribute(chamber, "nr"), checks.title(chamber));
                    }
                }
                case "dossiers" -> {
                    if (mapper == null) {
                        // The lists come first in an export; a dossier referring past them is an error there.
                        mapper = new SbbDossierMapper(
                                file, provenance, new SbbReferenceLists(domains, unassignedDomains, sectorChambers));
                    }
                    while (nextChildElement(reader)) {
                        if (!reader.getLocalName().equals("dossier")) {
                            ElementTreeReader.skip(reader);
                            continue;
                        }
                        XmlElement element = ElementTreeReader.read(reader);
                        SbbDossier dossier = mapper.map(element);
                        requireNewCrebos(dossier, element, dossierLineOfCrebo);
                        dossiers.add(dossier);
                    }
                }
                default -> ElementTreeReader.skip(reader);
            }
        }
        if (dossiers.isEmpty()) {
            throw new DataFormatException(
                    file, reader.getLocation().getLineNumber(), "the export holds no <dossiers>/<dossier>");
        }
        return dossiers;
    }

    /**
     * Advances to the next child start element of the element the reader is in; false when that element ends.
     */
    private static boolean nextChildElement(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** A crebo is one qualification: two dossiers claiming it would give clashing work-process ids. */
    private void requireNewCrebos(SbbDossier dossier, XmlElement element, Map<String, Integer> dossierLineOfCrebo) {
        for (Qualification qualification : dossier.qualifications()) {
            Integer earlier = dossierLineOfCrebo.putIfAbsent(qualification.crebo(), element.line());
            if (earlier != null) {
                throw new DataFormatException(
                        file,
                        element.line(),
                        "dossier " + dossier.file().crebo() + " repeats crebo " + qualification.crebo()
                                + " of the dossier on line " + earlier);
            }
        }
    }

    /** The exception to throw for a parser failure: bad bytes and bad XML are data errors, I/O stays I/O. */
    private RuntimeException failure(XMLStreamException e, XMLStreamReader reader) {
        if (e instanceof RefusedXmlException refused) {
            return new DataFormatException(file, refused.line(), refused.getMessage(), e);
        }
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 8; depth++) {
            if (cause instanceof InvalidUtf8Exception utf8) {
                return new DataFormatException(
                        file, utf8.line(), "invalid UTF-8 byte sequence (SBB exports are UTF-8)", e);
            }
            if (cause instanceof IOException io) {
                return new UncheckedIOException("cannot read " + file, io);
            }
            cause = cause.getCause() != null
                    ? cause.getCause()
                    : cause instanceof XMLStreamException stax ? stax.getNestedException() : null;
        }
        long line = e.getLocation() != null
                ? e.getLocation().getLineNumber()
                : reader != null ? reader.getLocation().getLineNumber() : 0;
        return new DataFormatException(file, Math.max(line, 0), "not well-formed XML: " + parserProblem(e), e);
    }

    /** The parser's own words, without the position prefix it adds (the exception names the line already). */
    private static String parserProblem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Closing a StAX reader releases parser state only; the stream is closed by its owner.
            }
        }
    }
}

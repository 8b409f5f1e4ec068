package nl.skillsmap.source.sbb;

import java.nio.file.Path;
import nl.skillsmap.source.DataFormatException;

/** Required parts of an element of one file, failing with the file, the element's line and what is missing. */
record ElementChecks(Path file) {

    String requiredAttribute(XmlElement element, String name) {
        String value = element.attribute(name);
        if (value == null || value.isBlank()) {
            throw error(element, describe(element) + " has no " + name + " attribute");
        }
        return value.strip();
    }

    /** The {@code titel} attribute as plain text. */
    String title(XmlElement element) {
        String title = SbbText.plain(element.attribute("titel"));
        if (title == null) {
            throw error(element, "<" + element.name() + "> has no titel attribute");
        }
        return title;
    }

    XmlElement required(XmlElement parent, String path) {
        XmlElement element = parent.first(path);
        if (element == null) {
            throw error(parent, describe(parent) + " has no " + path);
        }
        return element;
    }

    DataFormatException error(XmlElement element, String problem) {
        return new DataFormatException(file, element.line(), problem);
    }

    /** The element as a person finds it in the file: its name and, when it has one, its title. */
    static String describe(XmlElement element) {
        String title = element.attribute("titel");
        return title == null || title.isBlank()
                ? "<" + element.name() + ">"
                : "<" + element.name() + " titel=\"" + title.strip() + "\">";
    }
}

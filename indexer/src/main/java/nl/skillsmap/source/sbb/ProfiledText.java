package nl.skillsmap.source.sbb;

import java.util.Map;

/**
 * A text of the basis part with the additions the dossier makes for single profiles ({@code ...perprofiel/
 * aanvullend}); a profile sees the shared text with its own addition on a new line.
 *
 * @param shared     the text every profile shares, or null
 * @param additional additions by profiel {@code nr}
 */
record ProfiledText(String shared, Map<String, String> additional) {

    ProfiledText {
        additional = Map.copyOf(additional);
    }

    static ProfiledText of(String shared) {
        return new ProfiledText(shared, Map.of());
    }

    String forProfile(String profileNr) {
        return SbbText.joinLines(shared, additional.get(profileNr));
    }
}

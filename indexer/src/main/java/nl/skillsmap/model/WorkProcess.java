package nl.skillsmap.model;

import java.util.Objects;

/**
 * A werkproces: the unit of "what you do at work".
 *
 * @param id          stable id unique in the whole structure: {@code <crebo>-<code>} (e.g. {@code 25499-B1-K1-W1}),
 *                    or {@code <crebo>-K<i>-W<j>} by position when the source gives no code
 * @param code        the official code (e.g. {@code B1-K1-W1}), or null when the source gives none
 * @param description werkprocesomschrijving, null when unknown
 * @param result      the expected result, null when unknown
 * @param behaviour   the expected behaviour, null when unknown
 */
public record WorkProcess(
        String id,
        String code,
        String title,
        String description,
        String result,
        String behaviour,
        Provenance provenance) {

    public WorkProcess {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(provenance, "provenance");
    }
}

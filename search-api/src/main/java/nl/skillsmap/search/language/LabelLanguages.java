package nl.skillsmap.search.language;

import java.util.List;

/** The labels asked about that are not Dutch, each with its language code ({@code en}), in the order asked. */
public record LabelLanguages(List<Label> labels) {

    public LabelLanguages {
        labels = List.copyOf(labels);
    }

    public record Label(String uri, String language) {}
}

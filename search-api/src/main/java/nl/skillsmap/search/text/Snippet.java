package nl.skillsmap.search.text;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a result row shows of a hit: plain text and the ranges of it that matched, so that no client parses markup
 * or decodes entities to show it.
 *
 * @param marks the matched ranges, in order and not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

    public Snippet {
        marks = List.copyOf(marks);
    }

    static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** {@code [start, end)} in UTF-16 code units, as Java's and JavaScript's string offsets count; JSON {@code [start, end]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"start", "end"})
    public record Mark(int start, int end) {}
}

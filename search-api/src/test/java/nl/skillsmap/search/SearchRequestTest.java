package nl.skillsmap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.skillsmap.search.ValidationException.FieldError;
import nl.skillsmap.search.text.SearchFilter;
import nl.skillsmap.search.text.SearchRequest;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void everyInputAtFaultIsNamedAtOnceAsTheApiSpellsIt() {
        SearchFilter filter = new SearchFilter(Set.of(), Set.of(2, 7), Set.of(" "));

        assertThatThrownBy(() -> new SearchRequest(" ", filter, 0, SearchRequest.MAX_OFFSET + 1))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("q", "is required"),
                                        new FieldError("limit", "must be 1 to " + SearchRequest.MAX_LIMIT),
                                        new FieldError("offset", "must be 0 to " + SearchRequest.MAX_OFFSET),
                                        new FieldError("level", "must be 1 to 4"),
                                        new FieldError("domain", "must not be empty")));
    }

    @Test
    void aQueryLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> SearchRequest.of("a".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError(
                                        "q", "must have at most " + SearchRequest.MAX_QUERY_LENGTH + " characters")));
    }
}

package nl.skillsmap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void anIdIsReadWithoutTheSpacesAroundItUpToTheLimit() {
        assertThat(Ids.required("crebo", " 25774 ")).isEqualTo("25774");
        assertThat(Ids.optional("qualification", " 25774\t")).isEqualTo("25774");
        String longest = "x".repeat(Ids.MAX_LENGTH);
        assertThat(Ids.required("id", longest)).isEqualTo(longest);
        assertThat(Ids.optional("occupation", longest)).isEqualTo(longest);
    }

    @Test
    void aMissingBlankOrTooLongIdIsRefusedNamingItsField() {
        assertRefused(() -> Ids.required("from", null), "from", "an id is required");
        assertRefused(() -> Ids.required("to", "  "), "to", "an id is required");
        assertRefused(
                () -> Ids.required("crebo[2]", "x".repeat(Ids.MAX_LENGTH + 1)), "crebo[2]", "at most 300 characters");
    }

    @Test
    void anAbsentOptionalIdIsNoIdButABlankOneIsRefused() {
        assertThat(Ids.optional("qualification", null)).isNull();
        assertRefused(() -> Ids.optional("qualification", " "), "qualification", "must not be empty");
        assertRefused(
                () -> Ids.optional("occupation", "x".repeat(Ids.MAX_LENGTH + 1)),
                "occupation",
                "at most 300 characters");
    }

    private static void assertRefused(Runnable call, String field, String reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }
}

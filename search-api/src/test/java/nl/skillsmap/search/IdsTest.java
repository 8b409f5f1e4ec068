package nl.skillsmap.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void anIdIsReadWithoutTheSpacesAroundItUpToTheLimit() {
        assertThat(Ids.required("crebo", " 25774 ")).isEqualTo("25774");
        String longest = "x".repeat(Ids.MAX_LENGTH);
        assertThat(Ids.required("id", longest)).isEqualTo(longest);
        assertThat(Ids.optional("occupation", longest)).isEqualTo(longest);
    }

    @Test
    void aMissingBlankOrTooLongIdIsRefusedNamingItsField() {
        assertThatThrownBy(() -> Ids.required("from", null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("from").hasMessageContaining("an id is required");
        assertThatThrownBy(() -> Ids.required("to", "  ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("to").hasMessageContaining("an id is required");
        assertThatThrownBy(() -> Ids.required("crebo[2]", "x".repeat(Ids.MAX_LENGTH + 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("crebo[2]").hasMessageContaining("at most 300 characters");
    }

    @Test
    void anAbsentOptionalIdIsNoIdButABlankOneIsRefused() {
        assertThat(Ids.optional("qualification", null)).isNull();
        assertThatThrownBy(() -> Ids.optional("qualification", " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("qualification").hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> Ids.optional("occupation", "x".repeat(Ids.MAX_LENGTH + 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 300 characters");
    }
}

package nl.skillsmap.search.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of input a person gave. */
public enum InputKind {
    ACTIVITY("activity"),
    WORK_PROCESS("workProcess"),
    SKILL("skill"),
    QUALIFICATION("qualification"),
    OCCUPATION("occupation");

    private final String key;

    InputKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}

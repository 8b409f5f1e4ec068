package nl.skillsmap.index;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document in the index; {@link #key()} is the value of the type field and of the API's "type". */
public enum DocType {
    WORK_PROCESS("workProcess"),
    SKILL("skill"),
    QUALIFICATION("qualification"),
    OCCUPATION("occupation"),
    ELECTIVE("elective");

    private final String key;

    DocType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DocType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

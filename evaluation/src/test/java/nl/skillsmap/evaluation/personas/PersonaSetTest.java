package nl.skillsmap.evaluation.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaSetTest {

    @TempDir
    Path dir;

    @Test
    void readsActivitiesAndGains() throws IOException {
        Files.writeString(dir.resolve("personas.jsonl"), """
                {"id": "P1", "narrative": "Winkel.", "profile": {"activities": ["kassa", "voorraad"]}, "judgements": {"25153": 3, "25371": 1}}
                """);
        PersonaSet set = PersonaSet.read(dir);
        assertThat(set.personas()).singleElement().satisfies(p -> {
            assertThat(p.activities()).containsExactly("kassa", "voorraad");
            assertThat(p.judgements()).containsEntry("25153", 3).containsEntry("25371", 1);
        });
    }

    @Test
    void aBrokenLineIsNamedByFileAndLine() throws IOException {
        Files.writeString(dir.resolve("personas.jsonl"), """
                {"id": "P1", "profile": {"activities": ["kassa"]}, "judgements": {}}
                {"id": "P2", "profile": {"activities": []}, "judgements": {}}
                """);
        assertThatThrownBy(() -> PersonaSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("personas.jsonl:2")
                .hasMessageContaining("activities");
    }

    @Test
    void aGainOutsideZeroToThreeIsAnError() throws IOException {
        Files.writeString(dir.resolve("personas.jsonl"), """
                {"id": "P1", "profile": {"activities": ["kassa"]}, "judgements": {"25153": 5}}
                """);
        assertThatThrownBy(() -> PersonaSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("personas.jsonl:1")
                .hasMessageContaining("25153");
    }

    @Test
    void aJudgementKeyThatIsNotACreboIsAnErrorNotASilentlyUnmatchedCode() throws IOException {
        Files.writeString(dir.resolve("personas.jsonl"), """
                {"id": "P1", "profile": {"activities": ["kassa"]}, "judgements": {"25153": 3}}
                {"id": "P2", "profile": {"activities": ["kassa"]}, "judgements": {"2515": 3}}
                """);
        assertThatThrownBy(() -> PersonaSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("personas.jsonl:2")
                .hasMessageContaining("\"2515\" is not a crebo");
    }
}

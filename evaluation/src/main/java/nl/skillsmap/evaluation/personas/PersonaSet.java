package nl.skillsmap.evaluation.personas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.model.Crebo;
import nl.skillsmap.source.DataFormatException;

/**
 * Career-switcher personas ({@code personas.jsonl}): a profile in the shape of the match request (activities and,
 * for some, the ESCO occupation they work in) and graded judgements per crebo (3 natural next step, 2 reasonable
 * step, 1 related).
 */
public record PersonaSet(String name, List<Persona> personas) {

    /** @param occupation the ESCO occupation URI of the person's present work, or null */
    public record Persona(
            String id, String narrative, List<String> activities, String occupation, Map<String, Integer> judgements) {
        public Persona {
            activities = List.copyOf(activities);
            judgements = Collections.unmodifiableMap(new LinkedHashMap<>(judgements));
        }
    }

    /**
     * The same people, each told only by their narrative ("Hans (57) is conciërge op een middelbare school."), given
     * as the one activity, without the activities and occupation: how the engine reads a short text someone writes
     * about their own work, judged as the profile is.
     */
    public PersonaSet narratives() {
        return new PersonaSet(
                name + " (narratives)",
                personas.stream()
                        .map(p -> new Persona(
                                p.id(),
                                p.narrative(),
                                p.narrative().isBlank() ? List.of() : List.of(p.narrative()),
                                null,
                                p.judgements()))
                        .toList());
    }

    public static PersonaSet read(Path dir) {
        Path file = dir.resolve("personas.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file, 0, "file not found");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Persona> personas = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    personas.add(persona(mapper, line, file, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new PersonaSet(dir.getFileName().toString(), List.copyOf(personas));
    }

    private static Persona persona(ObjectMapper mapper, String line, Path file, long number) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new DataFormatException(file, number, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new DataFormatException(file, number, "a persona must be a JSON object");
        }
        String id = text(node.get("id"), "id", file, number);
        JsonNode activities = node.path("profile").path("activities");
        if (!activities.isArray() || activities.isEmpty()) {
            throw new DataFormatException(file, number, "profile.activities must be a non-empty array of strings");
        }
        List<String> activityTexts = new ArrayList<>();
        activities.forEach(a -> activityTexts.add(text(a, "profile.activities[]", file, number)));
        JsonNode judgements = node.get("judgements");
        if (judgements == null || !judgements.isObject()) {
            throw new DataFormatException(file, number, "judgements must be an object of crebo to gain");
        }
        Map<String, Integer> gains = new LinkedHashMap<>();
        judgements.properties().forEach(e -> {
            if (!Crebo.isWellFormed(e.getKey())) {
                throw new DataFormatException(
                        file, number, "judgement key \"" + e.getKey() + "\" is not a crebo (five digits)");
            }
            if (!e.getValue().isInt()
                    || e.getValue().asInt() < 0
                    || e.getValue().asInt() > 3) {
                throw new DataFormatException(file, number, "gain of " + e.getKey() + " must be 0, 1, 2 or 3");
            }
            gains.put(e.getKey(), e.getValue().asInt());
        });
        JsonNode narrative = node.get("narrative");
        JsonNode occupation = node.path("profile").get("occupation");
        String occupationUri =
                occupation == null || occupation.isNull() ? null : text(occupation, "profile.occupation", file, number);
        return new Persona(id, narrative == null ? "" : narrative.asText(), activityTexts, occupationUri, gains);
    }

    private static String text(JsonNode node, String field, Path file, long number) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new DataFormatException(file, number, field + " must be a non-empty string");
        }
        return node.asText();
    }
}

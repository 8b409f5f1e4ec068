package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Limits on what a person can send, and text that looks like query syntax staying text. */
@ExtendWith(FixtureIndex.class)
class MatchInputTest {

    static SkillsmapIndex index;
    static MatchService service;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        service = new MatchService(index);
    }

    @Test
    void aRequestWithoutAnyInputIsRejected() {
        assertRejected(new MatchRequest(null, List.of(), null, null, null, List.of(2), null, null), "activities");
    }

    @Test
    void activitiesHaveACountAndLengthLimitAndMayNotBeBlank() {
        assertRejected(activities(Collections.nCopies(MatchRequest.MAX_ACTIVITIES + 1, "voorraad")), "activities");
        assertRejected(activities(List.of("voorraad", "x".repeat(201))), "activities[1]");
        assertRejected(activities(List.of("x".repeat(10_000))), "activities[0]");
        assertRejected(activities(List.of("voorraad", "  ")), "activities[1]");
        assertRejected(activities(Arrays.asList("voorraad", null)), "activities[1]");
        MatchResponse atTheLimits =
                service.match(activities(Collections.nCopies(MatchRequest.MAX_ACTIVITIES, "x".repeat(200))));
        assertThat(atTheLimits.qualifications()).isEmpty();
        assertThat(atTheLimits.understood()).hasSize(1); // the same phrase forty times counts once
    }

    @Test
    void aPastedTextIsReadAsTheActivitiesItNamesWithinItsOwnLimits() {
        String text = "Ik vul de vakken en tel de voorraad. "
                + "Daarnaast help ik klanten bij het zoeken naar producten in de winkel. ".repeat(3)
                + "\n- kassa en geldafhandeling";
        assertThat(text.length()).isGreaterThan(MatchRequest.MAX_ACTIVITY_LENGTH);

        MatchResponse answer = service.match(activities(List.of("inkoop", text)));

        assertThat(answer.understood())
                .extracting(MatchResponse.Understood::input)
                .containsExactly(
                        "inkoop",
                        "Ik vul de vakken en tel de voorraad.",
                        "Daarnaast help ik klanten bij het zoeken naar producten in de winkel.",
                        "kassa en geldafhandeling");
        assertRejected(activities(List.of("x".repeat(MatchRequest.MAX_TEXT_LENGTH + 1))), "activities[0]");

        // One text of forty sentences is read as forty activities, and so matched; one more is refused as such.
        StringBuilder forty = new StringBuilder();
        for (int i = 0; i < MatchRequest.MAX_ACTIVITIES; i++) {
            forty.append("Ik tel voorraad ").append(i).append(". ");
        }
        assertThat(service.match(activities(List.of(forty.toString()))).understood())
                .hasSize(MatchRequest.MAX_ACTIVITIES);
        assertThatThrownBy(() -> service.match(activities(List.of(forty + "Ik vul vakken."))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities");
                    assertThat(e.reason()).contains("names 41 activities").contains("at most 40");
                });
    }

    @Test
    void idsHaveACountAndLengthLimit() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("id-" + i);
        }
        assertRejected(new MatchRequest(null, many, null, null, null, null, null, null), "workProcesses");
        assertThatThrownBy(() -> service.match(new MatchRequest(
                        null, null, List.of("u".repeat(Ids.MAX_LENGTH + 1)), null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("skills[0]");
                    assertThat(e.reason()).isEqualTo("at most " + Ids.MAX_LENGTH + " characters");
                });
        assertRejected(new MatchRequest(null, null, null, " ", null, null, null, null), "qualification");
    }

    @Test
    void levelsAndLimitMustBeInRange() {
        assertRejected(
                new MatchRequest(List.of("voorraad"), null, null, null, null, List.of(2, 5), null, null), "levels[1]");
        assertRejected(new MatchRequest(List.of("voorraad"), null, null, null, null, null, null, 0), "limit");
        assertRejected(new MatchRequest(List.of("voorraad"), null, null, null, null, null, null, 101), "limit");
        assertThat(service.match(new MatchRequest(List.of("voorraad"), null, null, null, null, null, null, 100))
                        .qualifications())
                .isNotEmpty();
    }

    @Test
    void theLineageChoiceMustBeOneOrAll() {
        assertRejected(
                new MatchRequest(List.of("voorraad"), null, null, null, null, null, null, null, "every", null),
                "lineage");
        assertThat(service.match(new MatchRequest(
                                List.of("voorraad"), null, null, null, null, null, null, null, "all", false))
                        .qualifications())
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"voorraad\"",
                "voorraad*",
                "voorraad?",
                "\\voorraad\\",
                "(voorraad)",
                "voorraad~2",
                "voorraad^10",
                "+voorraad -",
                "'voorraad",
                "voorraad 🙂",
                "{voorraad TO zzz]",
                "/voorraad/",
                "voorraad && || !"
            })
    void punctuationAndOperatorsAroundAWordAreOnlyText(String hostile) {
        MatchResponse plain = service.match(MatchRequest.ofActivities("voorraad"));

        MatchResponse decorated = service.match(MatchRequest.ofActivities(hostile));

        assertThat(summary(decorated)).isEqualTo(summary(plain)).isNotEmpty();
        assertThat(decorated.understood().getFirst().workProcesses())
                .isEqualTo(plain.understood().getFirst().workProcesses());
    }

    @Test
    void booleanOperatorWordsDoNotExcludeAnything() {
        MatchResponse response = service.match(MatchRequest.ofActivities("kassa AND NOT geldafhandeling"));

        assertThat(response.understood().getFirst().workProcesses())
                .extracting(MatchResponse.UnderstoodWorkProcess::title)
                .contains("Handelt de kassa en de geldafhandeling af");
    }

    @Test
    void fieldSyntaxDoesNotRestrictTheSearch() {
        MatchResponse response = service.match(MatchRequest.ofActivities("type:skill kassa en geldafhandeling"));

        assertThat(response.understood().getFirst().workProcesses()).isNotEmpty();
        assertThat(response.qualifications()).isNotEmpty();
    }

    @Test
    void aPhraseOfOnlyStopWordsOrSymbolsResolvesToNothingWithoutFailing() {
        MatchResponse response = service.match(MatchRequest.ofActivities("en de met", "*** ??? \"\" \\", "🙂🙂"));

        assertThat(response.understood()).hasSize(3).allSatisfy(u -> {
            assertThat(u.workProcesses()).isEmpty();
            assertThat(u.skills()).isEmpty();
        });
        assertThat(response.qualifications()).isEmpty();
        assertThat(response.occupations()).isEmpty();
    }

    /** What was matched and how strongly, leaving out the input text that evidence quotes. */
    private static List<String> summary(MatchResponse response) {
        List<String> lines = new ArrayList<>();
        for (MatchResponse.QualificationMatch q : response.qualifications()) {
            lines.add(q.crebo() + " " + q.score() + " " + q.coverage());
            q.shared()
                    .forEach(s -> lines.add(s.id() + " "
                            + s.evidence().stream()
                                    .map(e -> e.how() + " " + e.strength() + " " + e.matchedTerms())
                                    .toList()));
        }
        return lines;
    }

    private static MatchRequest activities(List<String> activities) {
        return new MatchRequest(activities, null, null, null, null, null, null, null);
    }

    private static void assertRejected(MatchRequest request, String field) {
        assertThatThrownBy(() -> service.match(request)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isNotBlank();
        });
    }
}

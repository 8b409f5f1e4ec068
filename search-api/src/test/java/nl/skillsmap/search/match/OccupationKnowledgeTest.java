package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Skill;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named job counts the work its skills name as done, not the work its knowledge names: knowing about stock is not
 * managing it. The fixture's cook has "voorraad beheren" among its essential skills, read as a skill and as
 * knowledge.
 */
class OccupationKnowledgeTest {

    @TempDir
    static Path dir;

    @Test
    void aJobsSkillsCountAsDoneWorkAndItsKnowledgeDoesNot() throws IOException {
        Corpus fixture = FixtureCorpus.corpus();
        List<Skill> stockAsKnowledge = fixture.skills().stream()
                .map(s -> s.uri().equals(FixtureCorpus.SKILL_STOCK)
                        ? new Skill(
                                s.uri(),
                                s.label(),
                                s.language(),
                                s.altLabels(),
                                s.hiddenLabels(),
                                Skill.KNOWLEDGE,
                                s.description(),
                                s.provenance())
                        : s)
                .toList();
        Corpus knowing = new Corpus(
                fixture.qualifications(),
                fixture.electives(),
                stockAsKnowledge,
                fixture.occupations(),
                fixture.register(),
                fixture.notes(),
                fixture.englishLabels());

        // "voorraad beheren" as a skill: the stock work of the shop and the warehouse is done too.
        assertThat(workDone(FixtureCorpus.buildIndex(dir.resolve("skill"), fixture)))
                .contains("beheert de voorraad in het magazijn", "controleert de voorraad en doet bestelvoorstellen");
        // As knowledge: only the work the cook's name and skills say, in the kitchen.
        assertThat(workDone(FixtureCorpus.buildIndex(dir.resolve("knowledge"), knowing)))
                .contains("bereidt maaltijden volgens recept")
                .doesNotContain(
                        "beheert de voorraad in het magazijn", "controleert de voorraad en doet bestelvoorstellen");
    }

    /** The titles of the work processes "ik ben kok" is understood to do. */
    private static List<String> workDone(nl.skillsmap.index.IndexLocation location) throws IOException {
        try (SkillsmapIndex index = SkillsmapIndex.open(location)) {
            return new MatchService(index)
                    .match(MatchRequest.ofActivities("ik ben kok")).understood().getFirst().workProcesses().stream()
                            .map(wp -> wp.title().toLowerCase(java.util.Locale.ROOT))
                            .toList();
        }
    }
}

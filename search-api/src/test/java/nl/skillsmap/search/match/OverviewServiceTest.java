package nl.skillsmap.search.match;

import static nl.skillsmap.search.testing.FixtureCorpus.CATALOGUE_ONLY;
import static nl.skillsmap.search.testing.FixtureCorpus.COOK;
import static nl.skillsmap.search.testing.FixtureCorpus.FIRST_SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SHOP_MANAGER;
import static nl.skillsmap.search.testing.FixtureCorpus.SKILLS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class OverviewServiceTest {

    private static final List<String> SANDRA =
            List.of("inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling");
    /** 23:30 on 31 December in London is already 1 January in Amsterdam. */
    private static final Clock NEW_YEAR =
            Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    static MatchService matches;
    static OverviewService overviews;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex index) {
        matches = new MatchService(index);
        overviews = new OverviewService(index, matches, NEW_YEAR);
    }

    @Test
    void everyQualificationInSandrasMatchSharesTheSameWorkProcessesInItsOverview() {
        MatchResponse match = matches.match(new MatchRequest(SANDRA, null, null, null, null, null, null, 100));
        List<MatchResponse.QualificationMatch> byWorkProcesses = match.qualifications().stream()
                .filter(q -> q.coverageBasis().equals("workProcesses"))
                .toList();
        assertThat(byWorkProcesses)
                .extracting(MatchResponse.QualificationMatch::crebo)
                .contains(SALES, FIRST_SALES, SHOP_MANAGER);

        for (MatchResponse.QualificationMatch card : byWorkProcesses) {
            String crebo = card.lineage().contentFrom() == null
                    ? card.crebo()
                    : card.lineage().contentFrom().crebo();
            Overview overview = overviews.overview(crebo, sandra(List.of(), List.of()));
            Map<String, List<Evidence>> shared = card.shared().stream()
                    .collect(Collectors.toMap(MatchResponse.SharedPart::id, MatchResponse.SharedPart::evidence));

            assertThat(sharedIn(overview))
                    .as("shared in the overview of %s", crebo)
                    .containsExactlyInAnyOrderElementsOf(shared.keySet());
            lines(overview).stream()
                    .filter(l -> shared.containsKey(l.id()))
                    .forEach(l -> assertThat(l.evidence()).isEqualTo(shared.get(l.id())));
            assertThat(overview.coverage()).isEqualTo(card.coverage());
            assertThat(overview.remaining()).isEqualTo(card.missing());
        }
    }

    @Test
    void aRemovedMatchIsNoLongerSharedButKeepsItsEvidenceAndIsCountedAsRemaining() {
        Overview before = overviews.overview(FIRST_SALES, sandra(List.of(), List.of()));
        Overview.WorkProcessLine till = line(before, "Handelt de kassa en de geldafhandeling af");
        assertThat(till.status()).isEqualTo(Overview.WorkProcessLine.SHARED);

        Overview after = overviews.overview(FIRST_SALES, sandra(List.of(till.id()), List.of()));

        Overview.WorkProcessLine removed = line(after, till.title());
        assertThat(removed.status()).isEqualTo(Overview.WorkProcessLine.NOT_YET);
        assertThat(removed.removedByHand()).isTrue();
        assertThat(removed.evidence()).isEqualTo(till.evidence()).isNotEmpty();
        assertThat(after.coverage().matched()).isEqualTo(before.coverage().matched() - 1);
        assertThat(remainingIds(after)).contains(till.id());
        assertThat(after.corrections().removed()).containsExactly(till.id());
    }

    @Test
    void aWorkProcessAddedByHandIsSharedMarkedAsAddedAndNoLongerRemaining() {
        Overview before = overviews.overview(FIRST_SALES, sandra(List.of(), List.of()));
        Overview.WorkProcessLine colleagues = line(before, "Begeleidt nieuwe collega's");
        assertThat(colleagues.status()).isEqualTo(Overview.WorkProcessLine.NOT_YET);

        Overview after = overviews.overview(FIRST_SALES, sandra(List.of(), List.of(colleagues.id())));

        Overview.WorkProcessLine added = line(after, colleagues.title());
        assertThat(added.status()).isEqualTo(Overview.WorkProcessLine.SHARED);
        assertThat(added.addedByHand()).isTrue();
        assertThat(added.evidence()).isEmpty();
        assertThat(after.coverage().matched()).isEqualTo(before.coverage().matched() + 1);
        assertThat(remainingIds(after)).doesNotContain(colleagues.id());
        Overview.CoreTask profilePart = after.coreTasks().stream()
                .filter(ct -> ct.workProcesses().contains(added))
                .findFirst()
                .orElseThrow();
        assertThat(profilePart.shared())
                .isEqualTo(profilePart.workProcesses().stream()
                        .filter(l -> l.status().equals(Overview.WorkProcessLine.SHARED))
                        .count());
    }

    @Test
    void anEmptyProfileGivesEveryWorkProcessAsNotYetExceptThoseAddedByHand() {
        Overview empty = overviews.overview(SALES, new OverviewRequest(null, null, null, null, null, null, null));
        assertThat(sharedIn(empty)).isEmpty();
        assertThat(empty.coverage().matched()).isZero();
        assertThat(empty.coverage().total()).isEqualTo(lines(empty).size()).isPositive();

        String first = lines(empty).getFirst().id();
        Overview added =
                overviews.overview(SALES, new OverviewRequest(null, null, null, null, null, null, List.of(first)));
        assertThat(sharedIn(added)).containsExactly(first);
    }

    @Test
    void theOverviewIsDatedInDutchTimeAndCarriesTheQualificationsStatusAndTheConfirmationBlocks() {
        Overview overview = overviews.overview(SHOP_MANAGER, sandra(List.of(), List.of()));

        assertThat(overview.date()).isEqualTo("2027-01-01");
        assertThat(overview.qualification().crebo()).isEqualTo(SHOP_MANAGER);
        assertThat(overview.qualification().lineage().status()).isNotBlank();
        assertThat(overview.profile().activities()).isEqualTo(SANDRA);
        assertThat(overview.confirmation().perWorkProcess()).containsExactly("ja", "deels", "nee");
        assertThat(overview.confirmation().whole())
                .containsExactly("naam leerbedrijf", "naam en functie", "datum", "handtekening");
        // Something remains, so the certificate that covers part of it is named.
        assertThat(overview.remaining()).isNotEmpty();
        assertThat(overview.certificates())
                .extracting(MatchResponse.CertificateOption::title)
                .contains("Leidinggeven in de retail");
    }

    @Test
    void correctionsThatAreNotWorkProcessesOfThisQualificationAreRefusedAllNamedAtOnce() {
        Overview cook = overviews.overview(COOK, sandra(List.of(), List.of()));
        String cooksWork = lines(cook).getFirst().id();

        assertThatThrownBy(() ->
                        overviews.overview(FIRST_SALES, sandra(List.of(), List.of(cooksWork, "no-such-work-process"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("added");
                    assertThat(e.reason()).contains(cooksWork, "no-such-work-process", FIRST_SALES);
                });
        assertThatThrownBy(() -> overviews.overview(FIRST_SALES, sandra(List.of(cooksWork), List.of())))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("removed"));
    }

    @Test
    void tooManyRepeatedOrContradictoryCorrectionsAreRefusedNamingTheField() {
        List<String> many = IntStream.rangeClosed(0, OverviewRequest.MAX_CORRECTIONS)
                .mapToObj(i -> "wp" + i)
                .toList();
        assertThatThrownBy(() -> overviews.overview(FIRST_SALES, sandra(List.of(), many)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("added"));

        String wp = FIRST_SALES + "-B1-K1-W1";
        assertThatThrownBy(() -> overviews.overview(FIRST_SALES, sandra(List.of(), List.of(wp, wp))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("added[1]"));
        assertThatThrownBy(() -> overviews.overview(FIRST_SALES, sandra(List.of(wp), List.of(wp))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("added[0]"));
    }

    @Test
    void anUnknownCreboIsNotFoundAndAQualificationWithoutWorkProcessesIsRefusedSayingWhy() {
        assertThatThrownBy(() -> overviews.overview("99999", sandra(List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> overviews.overview(SKILLS_ONLY, sandra(List.of(), List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("crebo");
                    assertThat(e.reason()).contains("no work processes", "only its skills");
                });
        assertThatThrownBy(() -> overviews.overview(CATALOGUE_ONLY, sandra(List.of(), List.of())))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.reason()).contains("only its name and level"));
    }

    @Test
    void theProfileIsCheckedAsAMatchChecksIt() {
        List<String> tooMany = Collections.nCopies(MatchRequest.MAX_ACTIVITIES + 1, "kassa");
        assertThatThrownBy(() ->
                        overviews.overview(SALES, new OverviewRequest(tooMany, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("activities"));
        assertThatThrownBy(() -> overviews.overview(
                        SALES, new OverviewRequest(null, List.of("no-such-id"), null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).startsWith("workProcesses"));
    }

    private static OverviewRequest sandra(List<String> removed, List<String> added) {
        return new OverviewRequest(SANDRA, null, null, null, null, removed, added);
    }

    private static List<Overview.WorkProcessLine> lines(Overview overview) {
        return overview.coreTasks().stream()
                .flatMap(ct -> ct.workProcesses().stream())
                .toList();
    }

    private static List<String> sharedIn(Overview overview) {
        return lines(overview).stream()
                .filter(l -> l.status().equals(Overview.WorkProcessLine.SHARED))
                .map(Overview.WorkProcessLine::id)
                .toList();
    }

    private static List<String> remainingIds(Overview overview) {
        List<String> ids = new ArrayList<>();
        overview.remaining().forEach(g -> g.workProcesses().forEach(wp -> ids.add(wp.id())));
        return ids;
    }

    private static Overview.WorkProcessLine line(Overview overview, String title) {
        return lines(overview).stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}

package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.LineageSelection;
import nl.skillsmap.search.catalogue.Catalogue;

/**
 * One card per qualification: of the ranked codes, each lineage keeps one card, which shows the lineage's current
 * code. Its work processes or skills, and so its coverage, are the current code's own when that code was ranked and
 * shares work with the person; else those of the lineage's code that shares the most work (a successor known only by
 * skills often shares none of the work its predecessor's work processes say); else the current code's, else those of
 * the lineage's best-described code, else those of its best-ranked code (the card says which code they come from). A card ranks as the lineage's best-ranked code, with ties going to current qualifications. Asked for
 * every code, each ranked code is its own card.
 */
final class LineageCards {

    /**
     * @param shown   the code the card names (crebo, name, status)
     * @param content the ranked code whose work processes or skills the card counts
     * @param best    the lineage's best-ranked code: every code of a qualification is evidence that the person's
     *                work fits it, so the card ranks by the best of them (an older code's work processes often say
     *                more of the work than a newer code known only by skills)
     */
    record Card(Qualification shown, QualificationMatcher.Ranked content, QualificationMatcher.Ranked best) {

        /** The content with the card's score: what the card shows. */
        QualificationMatcher.Ranked scored() {
            return new QualificationMatcher.Ranked(content.qualification(), best.rank(), content.fraction());
        }

        /**
         * The rank keys of the card: the best code's score, the content's coverage, the shown code's status and
         * crebo.
         */
        QualificationMatcher.Ranked rankedAsShown() {
            return new QualificationMatcher.Ranked(shown, best.rank(), content.fraction());
        }
    }

    private static final Comparator<Card> RANKING =
            Comparator.comparing(Card::rankedAsShown, QualificationMatcher.RANKING);

    private LineageCards() {}

    /** @param ranked codes in {@link QualificationMatcher#RANKING} order */
    static List<Card> of(List<QualificationMatcher.Ranked> ranked, Catalogue catalogue, LineageSelection selection) {
        List<Card> cards = new ArrayList<>();
        if (selection.everyCode()) {
            ranked.forEach(r -> cards.add(new Card(r.qualification(), r, r)));
        } else {
            Map<String, List<QualificationMatcher.Ranked>> byLineage = new LinkedHashMap<>();
            ranked.forEach(r -> byLineage
                    .computeIfAbsent(r.qualification().lineageOrAlone().id(), id -> new ArrayList<>())
                    .add(r));
            byLineage.forEach((id, codes) -> {
                Lineage lineage = codes.getFirst().qualification().lineageOrAlone();
                Qualification shown =
                        catalogue.qualification(id).orElse(codes.getFirst().qualification());
                QualificationMatcher.Ranked content = ranked(codes, id)
                        .filter(r -> r.rank().sharesWork())
                        .or(() -> sharingMost(codes))
                        .orElse(ranked(codes, id)
                                .orElse(ranked(codes, lineage.described()).orElse(codes.getFirst())));
                cards.add(new Card(shown, content, codes.getFirst()));
            });
            cards.sort(RANKING);
        }
        return cards.stream().filter(card -> selection.keeps(card.shown())).toList();
    }

    /** The code that shares the most work (the surest shared work, summed over inputs); the first of equals. */
    private static Optional<QualificationMatcher.Ranked> sharingMost(List<QualificationMatcher.Ranked> codes) {
        QualificationMatcher.Ranked most = null;
        for (QualificationMatcher.Ranked code : codes) {
            if (code.rank().sharesWork()
                    && (most == null || code.rank().shared() > most.rank().shared())) {
                most = code;
            }
        }
        return Optional.ofNullable(most);
    }

    private static Optional<QualificationMatcher.Ranked> ranked(List<QualificationMatcher.Ranked> codes, String crebo) {
        return codes.stream()
                .filter(r -> r.qualification().crebo().equals(crebo))
                .findFirst();
    }
}

package nl.skillsmap.search.match;

import java.util.Optional;
import nl.skillsmap.search.catalogue.Word;

/**
 * Says how a query word matched a document word: {@link How#EXACT}, {@link How#STEM}, {@link How#COMPOUND_PART}
 * or {@link How#SYNONYM}, or empty when they share no term. Kept behind an interface so a classifier that knows
 * the analysis chain's token types can replace the one that compares surface words and terms.
 */
public interface TermMatchClassifier {

    Optional<How> classify(Word query, Word document);
}

package nl.skillsmap.index;

import java.util.List;
import java.util.Optional;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.semantic.SemanticSpace;

/**
 * The output of the enrich stage ({@link Enrichment}): what the documents hold beyond the records themselves,
 * derived once over the whole corpus.
 *
 * @param corpus         the corpus with its lineages placed and their notes added
 * @param qualifications every qualification with its profile, in the corpus's order
 * @param workProcesses  every work process in its qualification, with its group and similar ones elsewhere
 * @param occupations    every occupation with its profile, in the corpus's order
 * @param space          the semantic space over the qualifications', skills' and occupations' texts
 */
public record EnrichedCorpus(
        Corpus corpus,
        List<ProfiledQualification> qualifications,
        List<IndexedWorkProcess> workProcesses,
        List<ProfiledOccupation> occupations,
        SemanticSpace space) {

    /** @param lineageNames names of the other codes of its lineage when its card shows it, so that they find it */
    public record ProfiledQualification(
            Qualification qualification, QualificationProfile profile, List<String> lineageNames) {}

    /** @param profile {@link DocumentMapper#occupationProfile the text it is ranked on}, if it has one */
    public record ProfiledOccupation(Occupation occupation, Optional<String> profile) {}
}

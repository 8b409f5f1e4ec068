package nl.skillsmap.source.sbb;

import java.util.List;
import java.util.Objects;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;

/**
 * One kwalificatiedossier of an SBB export: the dossier, its catalogue of knowledge and skill items, and its
 * qualifications (one per profiel and crebo) with the basis part expanded into each.
 *
 * @param knowledgeItems every {@code kennisofvaardigheid} the dossier declares, in document order, whether or not
 *                       a core task refers to it
 */
public record SbbDossier(
        QualificationFile file, List<KnowledgeItem> knowledgeItems, List<Qualification> qualifications) {

    public SbbDossier {
        Objects.requireNonNull(file, "file");
        knowledgeItems = List.copyOf(knowledgeItems);
        qualifications = List.copyOf(qualifications);
    }

    /** A {@code kennisofvaardigheid}: the dossier's own id ({@code nr}) and its text. */
    public record KnowledgeItem(String id, String title) {

        public KnowledgeItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }
}

package nl.skillsmap.search.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Skill;
import nl.skillsmap.search.Ids;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which ESCO labels are not Dutch. ESCO has no Dutch label for about half its skills; those are shown in their
 * English label, and a page must mark them as English (WCAG 3.1.2) and may list them after the Dutch ones. The
 * language is the one the catalogue records for the skill or occupation; Dutch and unknown ids are left out.
 */
public final class LabelLanguageService {

    /** Enough for every skill of a full match result in two requests; 500 URIs stay well under the body limit. */
    public static final int MAX_URIS = 500;

    private final SkillsmapIndex index;

    public LabelLanguageService(SkillsmapIndex index) {
        this.index = index;
    }

    public LabelLanguages notDutch(List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            throw new ValidationException("uris", "is required; send the skill or occupation URIs to look up");
        }
        if (uris.size() > MAX_URIS) {
            throw new ValidationException("uris", "at most " + MAX_URIS + " URIs");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < uris.size(); i++) {
            distinct.add(Ids.required("uris[" + i + "]", uris.get(i)));
        }
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            Catalogue catalogue = snapshot.catalogue();
            List<LabelLanguages.Label> labels = new ArrayList<>();
            for (String uri : distinct) {
                language(catalogue, uri)
                        .filter(language -> !Languages.isDutch(language))
                        .ifPresent(language -> labels.add(new LabelLanguages.Label(uri, language)));
            }
            return new LabelLanguages(labels);
        } finally {
            index.release(snapshot);
        }
    }

    private static Optional<String> language(Catalogue catalogue, String uri) {
        Optional<String> skill = catalogue.skill(uri).map(Skill::language);
        return skill.isPresent() ? skill : catalogue.occupation(uri).map(Occupation::language);
    }
}

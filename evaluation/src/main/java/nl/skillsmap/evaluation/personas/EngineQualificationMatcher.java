package nl.skillsmap.evaluation.personas;

import java.util.List;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.match.MatchService;

/**
 * The engine on personas: the activities and the occupation go to {@link MatchService} as a match request, as the
 * API sends them.
 */
public final class EngineQualificationMatcher implements QualificationMatcher {

    private final MatchService service;

    public EngineQualificationMatcher(MatchService service) {
        this.service = service;
    }

    @Override
    public List<String> rank(List<String> activities, String occupation, int depth) {
        MatchRequest request = new MatchRequest(
                activities, null, null, null, occupation, null, null, Math.min(depth, MatchRequest.MAX_LIMIT));
        return service.match(request).qualifications().stream()
                .map(MatchResponse.QualificationMatch::crebo)
                .toList();
    }
}

package nl.skillsmap.evaluation.phrases;

import java.util.List;
import nl.skillsmap.search.match.MatchService;

/** The engine on work phrases: what {@link MatchService#sharedWork} counts for the phrase matched alone. */
public final class EngineSharedWorkCounter implements SharedWorkCounter {

    private final MatchService service;

    public EngineSharedWorkCounter(MatchService service) {
        this.service = service;
    }

    @Override
    public List<Counted> count(String phrase) {
        return service.sharedWork(phrase).stream()
                .map(s -> new Counted(s.workProcessId(), s.strength(), s.how().key()))
                .toList();
    }
}

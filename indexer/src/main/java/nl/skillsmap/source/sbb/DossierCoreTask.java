package nl.skillsmap.source.sbb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.WorkProcess;

/**
 * A kerntaak as the dossier writes it, before it is resolved for one qualification: a basis kerntaak is shared by
 * every profile but may carry additions for some of them.
 *
 * @param chapter             {@code @hoofdstuk}, the number in its code
 * @param knowledge           titles of the knowledge and skill items every profile gets
 * @param additionalKnowledge further titles by profiel {@code nr}
 * @param workProcesses       sorted by chapter
 */
record DossierCoreTask(
        int chapter,
        String title,
        List<String> knowledge,
        Map<String, List<String>> additionalKnowledge,
        List<DossierWorkProcess> workProcesses) {

    DossierCoreTask {
        knowledge = List.copyOf(knowledge);
        additionalKnowledge = Map.copyOf(additionalKnowledge);
        workProcesses = List.copyOf(workProcesses);
    }

    /**
     * This core task as qualification {@code crebo} (profiel {@code profileNr}) has it.
     *
     * @param partPrefix {@code B1} for the basis part, {@code P<profiel hoofdstuk>} for a profile part
     */
    CoreTask resolve(String partPrefix, Part part, String profileNr, String crebo, Provenance provenance) {
        String code = partPrefix + "-K" + chapter;
        List<WorkProcess> resolved = new ArrayList<>(workProcesses.size());
        for (DossierWorkProcess workProcess : workProcesses) {
            String workProcessCode = code + "-W" + workProcess.chapter();
            resolved.add(new WorkProcess(
                    crebo + "-" + workProcessCode,
                    workProcessCode,
                    workProcess.title(),
                    workProcess.description().forProfile(profileNr),
                    workProcess.result().forProfile(profileNr),
                    workProcess.behaviour().forProfile(profileNr),
                    provenance));
        }
        // The dossiers list some items twice for one kerntaak (the same reference, or two ids with one text).
        Set<String> items = new LinkedHashSet<>(knowledge);
        items.addAll(additionalKnowledge.getOrDefault(profileNr, List.of()));
        return new CoreTask(code, title, part, resolved, List.copyOf(items));
    }

    /** A werkproces as the dossier writes it. */
    record DossierWorkProcess(
            int chapter, String title, ProfiledText description, ProfiledText result, ProfiledText behaviour) {}
}

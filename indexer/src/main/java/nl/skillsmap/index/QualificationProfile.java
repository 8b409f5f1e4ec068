package nl.skillsmap.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Languages;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;

/**
 * The text a whole qualification is ranked on: what it says of its own work (name, description, core tasks, work
 * processes, skills) and, from the ESCO occupation its name links to, the labels and essential skills people use
 * for that work. Only Dutch labels are taken, since the Dutch chain reads the profile.
 *
 * <p>Qualifications of the same {@linkplain Qualification#nameKey() name} (a 2015 crebo and its current
 * successor) describe the same work, often from different sources (work processes for one, a description and
 * skills for the other), so each profile also holds what its namesakes say.
 *
 * @param linkedOccupation the ESCO occupation the qualification's name links to, if any
 */
public record QualificationProfile(String text, Optional<Occupation> linkedOccupation) {

    /** This profile followed by the texts of its namesakes; the linked occupation stays this one's. */
    QualificationProfile withNamesakes(List<QualificationProfile> namesakes) {
        if (namesakes.isEmpty()) {
            return this;
        }
        List<String> texts = new ArrayList<>();
        texts.add(text);
        namesakes.forEach(n -> texts.add(n.text()));
        return new QualificationProfile(String.join("\n", texts), linkedOccupation);
    }

    /**
     * This profile followed by the qualification's former names ({@link FormerNames}) and, for each, the labels
     * and essential skills of the ESCO occupation it names, when that is another than this profile's own.
     */
    QualificationProfile withFormerNames(
            List<String> names, Function<String, Optional<Occupation>> link, Map<String, Skill> skills) {
        if (names.isEmpty()) {
            return this;
        }
        List<String> parts = new ArrayList<>();
        parts.add(text);
        Set<String> borrowed = new HashSet<>();
        linkedOccupation.ifPresent(o -> borrowed.add(o.uri()));
        for (String name : names) {
            parts.add(name);
            link.apply(name)
                    .filter(o -> Languages.isDutch(o.language()))
                    .filter(o -> borrowed.add(o.uri()))
                    .ifPresent(o -> addOccupation(o, skills, parts));
        }
        return new QualificationProfile(String.join("\n", parts), linkedOccupation);
    }

    static QualificationProfile of(Qualification q, Optional<Occupation> occupation, Map<String, Skill> skills) {
        List<String> parts = new ArrayList<>();
        parts.add(q.name());
        if (q.dossier() != null) {
            parts.add(q.dossier().name());
        }
        parts.add(q.description());
        for (CoreTask ct : q.coreTasks()) {
            parts.add(ct.title());
            ct.workProcesses().stream().map(WorkProcess::title).forEach(parts::add);
        }
        q.skills().stream().map(SkillRef::label).forEach(parts::add);
        Optional<Occupation> linked = occupation.filter(o -> Languages.isDutch(o.language()));
        linked.ifPresent(o -> addOccupation(o, skills, parts));
        return new QualificationProfile(
                String.join(
                        "\n",
                        parts.stream()
                                .filter(Objects::nonNull)
                                .filter(s -> !s.isBlank())
                                .toList()),
                linked);
    }

    private static void addOccupation(Occupation o, Map<String, Skill> skills, List<String> parts) {
        parts.add(o.label());
        parts.addAll(o.altLabels());
        parts.addAll(dutchEssentialSkillLabels(o, skills));
    }

    /** The labels of an occupation's essential skills that are known in Dutch, in the occupation's order. */
    static List<String> dutchEssentialSkillLabels(Occupation o, Map<String, Skill> skills) {
        List<String> labels = new ArrayList<>();
        for (String uri : o.essentialSkills()) {
            Skill skill = skills.get(uri);
            if (skill != null && Languages.isDutch(skill.language())) {
                labels.add(skill.label());
            }
        }
        return labels;
    }
}

package nl.skillsmap.index;

import static nl.skillsmap.index.IndexBuilder.since;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.semantic.SemanticSpace;
import nl.skillsmap.semantic.SemanticSpaceBuilder;

/**
 * The enrich stage of a build, {@link Corpus} to {@link EnrichedCorpus}: places the qualifications in their
 * lineages, finds similar and equivalent work processes, profiles every qualification (with its namesakes, former
 * names and linked occupation) and occupation, and builds the semantic space over those texts.
 */
final class Enrichment {

    private final AnalyzerFactory analyzers;
    private final Consumer<String> progress;

    Enrichment(AnalyzerFactory analyzers, Consumer<String> progress) {
        this.analyzers = analyzers;
        this.progress = progress;
    }

    EnrichedCorpus enrich(Corpus read) throws IOException {
        Lineages.Placed lineages = Lineages.place(read.qualifications(), read.register());
        progress.accept(lineages.summary());
        List<String> notes = new ArrayList<>(lineages.notes());
        notes.addAll(read.notes());
        Corpus corpus = new Corpus(
                lineages.qualifications(),
                read.electives(),
                read.skills(),
                read.occupations(),
                read.register(),
                notes,
                read.englishLabels());

        long t = System.nanoTime();
        List<IndexedWorkProcess> workProcesses = workProcesses(corpus);
        progress.accept(String.format(
                "similar work processes: %,d work processes compared in %s", workProcesses.size(), since(t)));

        Map<String, Skill> skills =
                corpus.skills().stream().collect(Collectors.toMap(Skill::uri, s -> s, (first, last) -> last));
        List<EnrichedCorpus.ProfiledQualification> qualifications = qualifications(corpus, skills);
        List<EnrichedCorpus.ProfiledOccupation> occupations = corpus.occupations().stream()
                .map(o -> new EnrichedCorpus.ProfiledOccupation(o, DocumentMapper.occupationProfile(o, skills)))
                .toList();
        return new EnrichedCorpus(
                corpus, qualifications, workProcesses, occupations, semanticSpace(qualifications, corpus, occupations));
    }

    /** Every work process with its context, equivalence group and similar work processes elsewhere. */
    private List<IndexedWorkProcess> workProcesses(Corpus corpus) {
        List<WorkProcessSimilarity.Item> items = new ArrayList<>();
        for (Qualification q : corpus.qualifications()) {
            q.workProcesses().forEach(wp -> items.add(new WorkProcessSimilarity.Item(wp, q)));
        }
        WorkProcessSimilarity.Result similarity = new WorkProcessSimilarity(analyzers.dutch()).compute(items);
        List<IndexedWorkProcess> result = new ArrayList<>(items.size());
        for (Qualification q : corpus.qualifications()) {
            for (CoreTask ct : q.coreTasks()) {
                for (WorkProcess wp : ct.workProcesses()) {
                    result.add(IndexedWorkProcess.of(
                            wp,
                            ct,
                            q,
                            similarity.groups().get(wp.id()),
                            similarity.neighbours().get(wp.id())));
                }
            }
        }
        return result;
    }

    private List<EnrichedCorpus.ProfiledQualification> qualifications(Corpus corpus, Map<String, Skill> skills)
            throws IOException {
        try (OccupationLinker linker = new OccupationLinker(corpus.occupations(), analyzers.dutch())) {
            // Namesakes and the qualifications of one file share names: each is linked once.
            Map<String, Optional<Occupation>> links = new HashMap<>();
            Function<String, Optional<Occupation>> link = name -> links.computeIfAbsent(name, linker::link);
            Map<String, QualificationProfile> profiles = new HashMap<>();
            for (Qualification q : corpus.qualifications()) {
                profiles.put(q.crebo(), QualificationProfile.of(q, link.apply(q.name()), skills));
            }
            Map<String, List<Qualification>> byName =
                    corpus.qualifications().stream().collect(Collectors.groupingBy(Qualification::nameKey));
            Map<String, Qualification> byCrebo = corpus.qualifications().stream()
                    .collect(Collectors.toMap(Qualification::crebo, q -> q, (first, last) -> last));
            FormerNames formerNames = new FormerNames(corpus.register());
            List<EnrichedCorpus.ProfiledQualification> result = new ArrayList<>();
            for (Qualification q : corpus.qualifications()) {
                List<QualificationProfile> namesakes = byName.get(q.nameKey()).stream()
                        .filter(other -> !other.crebo().equals(q.crebo()))
                        .map(other -> profiles.get(other.crebo()))
                        .toList();
                QualificationProfile profile = profiles.get(q.crebo())
                        .withNamesakes(namesakes)
                        .withFormerNames(formerNames.of(q), link, skills);
                result.add(new EnrichedCorpus.ProfiledQualification(q, profile, lineageNames(q, byCrebo)));
            }
            return result;
        }
    }

    /**
     * The names the other codes of a qualification's lineage go by, when its card shows it: a search for a lapsed
     * code's name ("Aftersalesmanager Mobiliteitsbranche") then finds the code that replaced it.
     */
    private static List<String> lineageNames(Qualification q, Map<String, Qualification> byCrebo) {
        if (!q.lineageOrAlone().id().equals(q.crebo())) {
            return List.of();
        }
        Map<String, String> names = new TreeMap<>();
        q.lineageOrAlone().members().stream()
                .map(byCrebo::get)
                .filter(other -> !other.nameKey().equals(q.nameKey()))
                .forEach(other -> names.putIfAbsent(other.nameKey(), other.name()));
        return List.copyOf(names.values());
    }

    /**
     * The semantic space over the qualifications' profiles, the Dutch skills' texts and the occupations' profiles.
     * It is derived from texts the documents hold; the content version covers its file as well
     * ({@link IndexWriting#contentVersion}).
     */
    private SemanticSpace semanticSpace(
            List<EnrichedCorpus.ProfiledQualification> qualifications,
            Corpus corpus,
            List<EnrichedCorpus.ProfiledOccupation> occupations) {
        long t = System.nanoTime();
        SemanticSpaceBuilder builder = new SemanticSpaceBuilder(analyzers.dutch(), IndexSchema.PROFILE);
        qualifications.forEach(q ->
                builder.addQualification(q.qualification().crebo(), q.profile().text()));
        corpus.skills().forEach(s -> DocumentMapper.skillText(s).ifPresent(builder::addText));
        occupations.forEach(o -> o.profile().ifPresent(builder::addText));
        SemanticSpace space = builder.build();
        progress.accept(String.format(
                "semantic space: %,d terms x %d dimensions, %,d qualifications placed, in %s",
                space.termCount(), space.dimensions(), space.qualifications().size(), since(t)));
        return space;
    }
}

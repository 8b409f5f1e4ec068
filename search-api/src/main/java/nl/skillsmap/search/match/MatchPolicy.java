package nl.skillsmap.search.match;

import nl.skillsmap.index.WorkProcessSimilarity;

/**
 * The thresholds that decide what a phrase resolves to and how far evidence travels, in one place with their
 * reasons.
 *
 * <p>A phrase resolves to a work process when {@link SameWork} is sure enough that both describe the same work
 * ({@link SameWork#SHARED}). The search proposes candidates: those scoring at least {@link #MIN_RELATIVE_SCORE}
 * of the best hit's, a floor against words found only in a long description, kept low because one exact title
 * elsewhere ("Bepaalt inkoop- en voorraadbeleid") must not hide the same work said in other words in other
 * qualifications. Each candidate's strength is the share of the phrase's content words the document says, each
 * word weighing its informativeness (inverse document frequency of its rarest term over all titles:
 * "voorraadbeleid" counts for more than "klanten"; a word no document holds weighs nothing), discounted by how it
 * matched ({@link How#weight()}) and where ({@link #TITLE}, {@link #BODY}, {@link #CORE_TASK}), and for a part of a
 * compound by the share of the word that part carries.
 *
 * A skill is named by a short label, so it resolves on what phrase and label say of each other. Both sides weigh
 * their words by informativeness (the inverse document frequency above), and a part of a compound says only its
 * share of the word on either side; in a label only a word's head counts as said by a part ("muziek" does not say
 * "muziekinstrumenten", "machines" says part of "landbouwmachines"). The geometric mean of the phrase's strength and
 * the label's said share (the cosine coefficient of the two weighted word sets) must be at least
 * {@link #MIN_SKILL_MATCH}, and the label itself must be said for at least {@link #MIN_LABEL_SAID}: a label that
 * leaves its specific word unsaid ("uitrusting voor waterbehandeling onderhouden" for "voertuigen en uitrusting
 * onderhouden") names other work, and a label that says only a word many skills share ("volgens recept werken" for
 * "werken volgens een schoonmaakrooster") is not evidence. A word of the phrase that no document holds weighs, for
 * skills, as the rarest word: it is often the most specific thing said ("twistlocks"), so a label that says only
 * the rest ("controleren") does not say the phrase. Both thresholds were chosen by five-fold cross-validation over
 * the activities of the 40 development personas the regression test does not record, on the 84 pairs of activity
 * and essential ESCO skill that looser thresholds let through, each judged by hand for being the same work: the pair
 * of thresholds that reaches most same-work pairs at a precision of at least 0.6 (held-out folds: 11 the same work,
 * 5 partly, 2 other work; on all 84 pairs the same pair is chosen). Skills known only by an English label are not
 * matched by words: the Dutch chain cannot read them, and English words that look Dutch ("contact") would match by
 * accident.
 *
 * <p>Evidence then travels one step to index-time neighbours with strength = similarity x strength, and counts
 * only when that is at least {@link #MIN_PROPAGATED_STRENGTH}. On the full data, neighbours below 0.6 mostly
 * share only a verb ("Onderhoudt contact met klanten" / "Onderhoudt apparatuur"), from 0.65 on mostly the same
 * work in other words; so a chosen or held work process reaches its neighbours of similarity 0.6 and more, and a
 * half-sure phrase only its near twins.
 */
public final class MatchPolicy {

    public static final double MIN_RELATIVE_SCORE = 0.1;
    public static final double MIN_SKILL_MATCH = 0.55;
    public static final double MIN_LABEL_SAID = 0.65;
    public static final double MIN_PROPAGATED_STRENGTH = 0.6;
    /** Similarity assumed for members of an equivalence group that are not listed as each other's neighbours. */
    public static final double GROUP_SIMILARITY = WorkProcessSimilarity.EQUIVALENT;

    /** Weight of a word found in a work-process title, its description (or result, behaviour), its core task. */
    public static final double TITLE = 1.0;

    public static final double BODY = 0.7;
    public static final double CORE_TASK = 0.5;
    /** Weight of a word found in a skill's preferred label and in one of its alternative labels. */
    public static final double LABEL = 1.0;

    public static final double ALT_LABEL = 0.9;

    /** Hits read from the index per phrase; enough to reach every work process that says a common word. */
    public static final int WORK_PROCESS_CANDIDATES = 300;

    /**
     * Skill records read per phrase. Reading 300 instead resolved exactly the same skills for every activity of the
     * development personas: a label that passes {@link #MIN_LABEL_SAID} says the phrase's rarer words, and the
     * search ranks such labels first.
     */
    public static final int SKILL_CANDIDATES = 40;
    /** Most work processes and skills one phrase resolves to, strongest first. */
    public static final int MAX_RESOLVED_WORK_PROCESSES = 150;

    public static final int MAX_RESOLVED_SKILLS = 20;
    /** Most alternative labels of an occupation searched as phrases. */
    public static final int MAX_OCCUPATION_LABELS = 10;
    /** Items shown per input in "understood". */
    public static final int UNDERSTOOD_SHOWN = 10;

    /**
     * Most terms of one input searched on whole profiles, its rarest: the words of forty activities together or of
     * a held qualification's work may hold more than a query takes (Lucene's clause limit, 1,024), and their rarest
     * terms say what the text is about.
     */
    public static final int MAX_PROFILE_TERMS = 256;

    /**
     * Qualification profiles read per input when ranking whole qualifications by their profile, the best by BM25.
     * Below the first hundred a profile's evidence hardly moves a first ten: on the development sets, persona nDCG@10
     * 0.5190, 0.5189, 0.5193 and 0.5070 and narratives 0.3319, 0.3310, 0.3310 and 0.3270 for 200, 150, 100 and 50,
     * work phrases the same for all. Each profile read is evidence to keep and an item to rank.
     */
    public static final int QUALIFICATION_PROFILE_CANDIDATES = 100;
    /**
     * Occupation profiles read per input. Some three thousand occupations have one, and a common phrase ("contact met
     * klanten") is said whole by hundreds of them, so a hundred would cut among equals: Sandra's own winkelmedewerker
     * then fell out of her first five occupations.
     */
    public static final int OCCUPATION_PROFILE_CANDIDATES = 200;
    /**
     * Occupations akin to a job the person names that are evidence on them as a whole (the job's related
     * occupations). The occupations /match offers for a held occupation, judged as the related-occupation set judges
     * related ones (nDCG@10, {@code bin/evaluate}): 0.3284 with 60 and 0.3285 with 200.
     */
    public static final int KIN_OCCUPATIONS = 60;
    /**
     * Profiles whose BM25 score is below this share of the phrase's own weight (what a profile of average length
     * saying each of its terms once scores) are not kept. A kept profile's strength also weighs the share of the
     * phrase it holds, so it may end below this.
     */
    public static final double MIN_PROFILE_STRENGTH = 0.2;
    /** Qualifications kept per input by meaning, and the least similarity that counts. */
    public static final int MEANING_CANDIDATES = 100;

    public static final double MIN_MEANING_SIMILARITY = 0.1;
    /** A qualification's words shown as closest in meaning to an input, and the least similarity shown. */
    public static final int MEANING_WORDS_SHOWN = 3;

    public static final double MIN_MEANING_WORD_SIMILARITY = 0.3;

    private MatchPolicy() {}

    /**
     * The share of the semantic space's terms, most common first, among which a verb cannot place a phrase in
     * meaning on its own ({@link MeaningSearch#vector}: "werkt", "maakt", "gebruiken").
     */
    public static final double COMMON_MEANING_TERMS = 0.01;

    /**
     * The share of all titles from which a word is common ("klant", "controleren", "maken", "werken",
     * "werkzaamheden", "activiteiten", "machines"): a work process that says only one word of the phrase, and that a
     * common one, is not counted as the same work, however fully it says it ({@link PhraseSearch}): "communiceren met
     * klanten" is not "Ontvangt klant", nor "machines onderhouden" "Onderhoudt apparatuur".
     */
    public static final double COMMON_WORD_SHARE = 0.005;

    /**
     * The closeness in meaning of a phrase and a qualification (cosine in the semantic space) from which the
     * qualification is the phrase's own field of work, where a verb the phrase shares with a work process names the
     * same work even when the phrase's object goes unsaid ({@link PhraseSearch}): a veterinary assistant's "Assisteert
     * bij operaties" for "assisteren bij de dierenarts" (0.62), not a joiner's "Houtbewerkingsmachines instellen"
     * for a network's settings (0.08). On the work phrases every value from 0.25 to 0.45 counts the same work
     * processes.
     */
    public static final double OWN_FIELD = 0.3;
}

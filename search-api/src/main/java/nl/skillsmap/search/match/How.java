package nl.skillsmap.search.match;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an input matched a work process or skill: the first four say how words matched (best first), the rest how
 * an item the person chose or holds reached it.
 */
public enum How {
    /** The same word, after lower-casing and accent folding. */
    EXACT("exact", 1.0),
    /** Another form of the same word ("klanten" / "klant", "bestellen" / "bestelt"). */
    STEM("stem", 0.9),
    /** A part of a compound on either side ("voorraadbeleid" / "voorraad"). */
    COMPOUND_PART("compoundPart", 0.7),
    /** A synonym of the word. */
    SYNONYM("synonym", 0.6),
    /** Similar work in another qualification (index-time neighbour or equivalence group) of a matched one. */
    SIMILAR_WORK_PROCESS("similarWorkProcess", 1.0),
    /** The work process or skill the person picked. */
    CHOSEN("chosen", 1.0),
    /** Part of, or similar to part of, the qualification the person holds. */
    HELD_QUALIFICATION("heldQualification", 1.0),
    /** Reached through a skill the person has (an essential skill of their occupation). */
    SKILL("skill", 1.0),
    /**
     * Words of the input found in what the qualification as a whole says of its work (its description, core
     * tasks and work processes, skills, and the ESCO occupation its name links to): ranks the qualification,
     * but covers none of its parts.
     */
    QUALIFICATION_PROFILE("qualificationProfile", 1.0),
    /**
     * The input is close in meaning to what the qualification as a whole says, in the index's semantic space;
     * the matched terms are the qualification's own words closest to the input: ranks the qualification, but
     * covers none of its parts.
     */
    SIMILAR_MEANING("similarMeaning", 1.0),
    /** Words of the input found in an occupation's labels, description or essential skills. */
    OCCUPATION_PROFILE("occupationProfile", 1.0),
    /**
     * The occupation's kinship with the job the person does (the skills both need, the rarer the more, their
     * descriptions, labels and ISCO group, as related occupations rank): ranks the occupation, but covers none of its
     * skills; the matched terms are the shared skills, the most distinctive first.
     */
    RELATED_OCCUPATION("relatedOccupation", 1.0),
    /**
     * Words of an occupation the person has (chosen, or named in an activity: its labels and its essential skills'
     * labels) found in what the qualification as a whole says: as {@link #QUALIFICATION_PROFILE}, but the words are
     * the occupation's, not the person's.
     */
    OCCUPATION_WORDS("occupationWords", 1.0),
    /**
     * Words of the qualification the person holds (its work processes' titles, or its skills' labels) found in what
     * another qualification as a whole says: as {@link #OCCUPATION_WORDS}, for a held diploma.
     */
    QUALIFICATION_WORDS("qualificationWords", 1.0);

    private final String key;
    private final double weight;

    How(String key, double weight) {
        this.key = key;
        this.weight = weight;
    }

    /** The name in the API. */
    @JsonValue
    public String key() {
        return key;
    }

    /**
     * How much of a word's weight a match of this kind keeps: an exact word is the surest evidence, a synonym the
     * least sure. Only meaningful for the word-level kinds.
     */
    public double weight() {
        return weight;
    }

    public boolean isWordLevel() {
        return ordinal() <= SYNONYM.ordinal();
    }
}

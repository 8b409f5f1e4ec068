package nl.skillsmap.search.match;

import nl.skillsmap.model.Qualification;

/** A qualification named briefly. */
public record QualificationRef(String crebo, String name, Integer level) {

    public static QualificationRef of(Qualification q) {
        return new QualificationRef(q.crebo(), q.name(), q.level());
    }
}

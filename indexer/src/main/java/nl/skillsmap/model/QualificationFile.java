package nl.skillsmap.model;

/** A kwalificatiedossier: the basis part shared by its qualifications plus their profile parts. */
public record QualificationFile(String crebo, String name) {}

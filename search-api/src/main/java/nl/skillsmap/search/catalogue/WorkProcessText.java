package nl.skillsmap.search.catalogue;

/**
 * A work process's texts read into words once, when the catalogue loads, so explaining a match costs no analysis
 * at request time.
 *
 * @param title    the work-process title
 * @param coreTask the title of its core task
 * @param body     description, result and behaviour, where the source gives them
 */
public record WorkProcessText(AnalysedText title, AnalysedText coreTask, AnalysedText body) {}

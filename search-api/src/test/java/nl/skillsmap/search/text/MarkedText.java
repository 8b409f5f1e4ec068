package nl.skillsmap.search.text;

/** A snippet written out for assertions: its text with each marked range in brackets. */
public final class MarkedText {

    private MarkedText() {}

    public static String of(Snippet snippet) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Snippet.Mark mark : snippet.marks()) {
            out.append(snippet.text(), at, mark.start())
                    .append('[')
                    .append(snippet.text(), mark.start(), mark.end())
                    .append(']');
            at = mark.end();
        }
        return out.append(snippet.text().substring(at)).toString();
    }
}

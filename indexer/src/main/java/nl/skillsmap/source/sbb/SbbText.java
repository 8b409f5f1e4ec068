package nl.skillsmap.source.sbb;

import java.util.regex.Pattern;

/**
 * Turns the text of an SBB export (plain CDATA, or HTML that may itself be escaped) into plain text: markup and
 * character references resolved, spaces collapsed, and the line structure kept where it carries meaning (bullet
 * lists, paragraphs).
 *
 * <p>Plain text keeps its lines and at most one blank line between paragraphs. In HTML, source line breaks are
 * mere spaces and block elements ({@code p}, {@code li}, {@code br}, headings ...) start new lines instead, with no
 * blank lines between them.
 */
final class SbbText {

    /** Markup the editors of the dossiers use; text mentioning other angle brackets stays as written. */
    private static final String HTML_TAG_NAMES = "a|b|i|u|em|strong|span|font|sub|sup|br|p|div|li|ul|ol|h[1-6]"
            + "|table|thead|tbody|tr|td|th|blockquote|labeltext";
    private static final Pattern ESCAPED_HTML = Pattern.compile("(?i)&lt;/?(?:" + HTML_TAG_NAMES + ")\\b");
    private static final Pattern HTML = Pattern.compile("(?i)</?(?:" + HTML_TAG_NAMES + ")\\b[^<>]*>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:br|p|div|li|ul|ol|h[1-6]|table|thead|tbody|tr|blockquote|labeltext)\\b[^<>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9:_-]*\\b[^<>]*>|<!--.*?-->",
            Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");
    private static final Pattern SPACES_IN_LINE = Pattern.compile("[\\t\\x0B\\f\\p{Zs}]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{2,}");

    private SbbText() {
    }

    /** The plain text, or null when nothing but whitespace and markup remains. */
    static String plain(String raw) {
        if (raw == null) {
            return null;
        }
        String text = LINE_END.matcher(raw).replaceAll("\n");
        if (ESCAPED_HTML.matcher(text).find()) {
            text = HtmlEntities.decode(text);
        }
        boolean html = HTML.matcher(text).find();
        if (html) {
            text = WHITESPACE.matcher(text).replaceAll(" ");
            text = BLOCK_TAG.matcher(text).replaceAll("\n");
            text = ANY_TAG.matcher(text).replaceAll("");
        }
        text = HtmlEntities.decode(text);
        StringBuilder lines = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            lines.append(SPACES_IN_LINE.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        // In HTML every block boundary became a line break, so empty lines there are no paragraph marks.
        String plain = html
                ? EMPTY_LINES.matcher(lines).replaceAll("\n").strip()
                : BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
        return plain.isEmpty() ? null : plain;
    }

    /** Two texts on separate lines; either may be null. */
    static String joinLines(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }
}

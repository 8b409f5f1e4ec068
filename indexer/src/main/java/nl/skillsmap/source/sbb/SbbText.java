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
    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)</?(?:br|p|div|li|ul|ol|h[1-6]|table|thead|tbody|tr|blockquote|labeltext)\\b[^<>]*>");
    private static final Pattern ANY_TAG =
            Pattern.compile("</?[a-zA-Z][a-zA-Z0-9:_-]*\\b[^<>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");

    private SbbText() {}

    /** The plain text, or null when nothing but whitespace and markup remains. */
    static String plain(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.indexOf('\r') < 0 ? raw : LINE_END.matcher(raw).replaceAll("\n");
        if (text.contains("&lt;") && ESCAPED_HTML.matcher(text).find()) {
            text = HtmlEntities.decode(text);
        }
        boolean html = text.indexOf('<') >= 0 && HTML.matcher(text).find();
        if (html) {
            text = text.replace('\n', ' ');
            text = BLOCK_TAG.matcher(text).replaceAll("\n");
            text = ANY_TAG.matcher(text).replaceAll("");
        }
        return collapseWhitespace(HtmlEntities.decode(text), html);
    }

    /**
     * Collapses each run of spaces within a line to one space, trims every line and drops leading and trailing
     * empty lines. Between lines, plain text keeps at most one empty line (a paragraph break); HTML keeps none,
     * since every block boundary already became a line break.
     */
    private static String collapseWhitespace(String text, boolean html) {
        StringBuilder plain = new StringBuilder(text.length());
        int lineBreaks = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreaks += plain.isEmpty() ? 0 : 1;
                space = false;
            } else if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
                space = true;
            } else {
                if (lineBreaks > 0) {
                    plain.append(lineBreaks == 1 || html ? "\n" : "\n\n");
                } else if (space && !plain.isEmpty()) {
                    plain.append(' ');
                }
                lineBreaks = 0;
                space = false;
                plain.append(c);
            }
        }
        return plain.isEmpty() ? null : plain.toString();
    }

    /** Two texts on separate lines; either may be null. */
    static String joinLines(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }
}

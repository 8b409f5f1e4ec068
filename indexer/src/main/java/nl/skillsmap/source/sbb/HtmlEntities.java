package nl.skillsmap.source.sbb;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references: numeric ones, the XML five, all of Latin-1 (the accented letters of Dutch
 * text) and the typographic ones word processors produce. An unknown name is left as written.
 */
final class HtmlEntities {

    private static final Pattern REFERENCE =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /** ISO 8859-1 entity names for code points 160 to 255, in order (HTML 4, section 24.2). */
    private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg"
            + " macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

    /** Further names in {@code name=hex code point} form: the ones Word and web editors put in running text. */
    private static final String TYPOGRAPHIC = "OElig=152 oelig=153 Scaron=160 scaron=161 Yuml=178 fnof=192 circ=2C6"
            + " tilde=2DC ensp=2002 emsp=2003 thinsp=2009 zwnj=200C zwj=200D lrm=200E rlm=200F ndash=2013 mdash=2014"
            + " lsquo=2018 rsquo=2019 sbquo=201A ldquo=201C rdquo=201D bdquo=201E dagger=2020 Dagger=2021 bull=2022"
            + " hellip=2026 permil=2030 lsaquo=2039 rsaquo=203A euro=20AC trade=2122 larr=2190 rarr=2192 minus=2212"
            + " le=2264 ge=2265";

    private static final Map<String, String> NAMED = named();

    private HtmlEntities() {}

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (reference.find()) {
            String replacement = resolve(reference.group(1));
            reference.appendReplacement(
                    decoded, Matcher.quoteReplacement(replacement == null ? reference.group() : replacement));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String resolve(String reference) {
        if (reference.charAt(0) != '#') {
            return NAMED.get(reference);
        }
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        int codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
        boolean valid = codePoint > 0
                && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return valid ? Character.toString(codePoint) : null;
    }

    private static Map<String, String> named() {
        Map<String, String> named = new HashMap<>();
        named.put("amp", "&");
        named.put("lt", "<");
        named.put("gt", ">");
        named.put("quot", "\"");
        named.put("apos", "'");
        String[] latin1 = LATIN_1.split(" ");
        for (int i = 0; i < latin1.length; i++) {
            named.put(latin1[i], Character.toString(160 + i));
        }
        for (String entity : TYPOGRAPHIC.split(" ")) {
            int equals = entity.indexOf('=');
            int codePoint = Integer.parseInt(entity.substring(equals + 1), 16);
            named.put(entity.substring(0, equals), Character.toString(codePoint));
        }
        return Map.copyOf(named);
    }
}

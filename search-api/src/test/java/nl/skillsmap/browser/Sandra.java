package nl.skillsmap.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The person of the issue: 45, works in a shop, buys stock, helps customers and runs the till. */
final class Sandra {

    /** What she does at work, in her own words. */
    static final List<String> ACTIVITIES =
            List.of("inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling");

    private Sandra() {}

    /** The page's link to her result, as the page itself writes it ({@code #/?werk=...&werk=...}). */
    static URI resultLink(URI page) {
        return page.resolve(ACTIVITIES.stream()
                .map(activity -> "werk=" + URLEncoder.encode(activity, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "#/?", "")));
    }
}

package nl.skillsmap.browser;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a match as the page writes them into its URL ({@code #/?werk=...&werkproces=<id>|<title>...}),
 * read back so a test can ask the API the same question the page asked.
 */
record MatchLink(List<String> activities, List<String> workProcesses, List<String> skills) {

    static MatchLink of(String pageUrl) {
        String fragment = URI.create(pageUrl).getRawFragment();
        if (fragment == null || !fragment.startsWith("/?")) {
            throw new IllegalArgumentException("not a match link: " + pageUrl);
        }
        List<String> activities = new ArrayList<>();
        List<String> workProcesses = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        for (String pair : fragment.substring(2).split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            switch (name) {
                case "werk" -> activities.add(value);
                case "werkproces" -> workProcesses.add(idOf(value));
                case "vaardigheid" -> skills.add(idOf(value));
                default -> {}
            }
        }
        return new MatchLink(activities, workProcesses, skills);
    }

    /** The POST /match body the page sends for this link (limit as the page asks). */
    Request request(int limit) {
        return new Request(activities, workProcesses, skills, limit);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Request(List<String> activities, List<String> workProcesses, List<String> skills, int limit) {}

    private static String idOf(String chip) {
        int bar = chip.indexOf('|');
        return bar < 0 ? chip : chip.substring(0, bar);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

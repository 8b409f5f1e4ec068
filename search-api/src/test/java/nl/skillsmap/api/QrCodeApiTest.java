package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static nl.skillsmap.api.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import nl.skillsmap.testing.QrCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class QrCodeApiTest {

    private static final String LINK = "https://skillsmap.example/#/?werk=kassa&werk=voorraad+bijhouden&niveau=2";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    private static Response post(HttpClient client, String body) {
        return client.request(
                "/api/v1/qr-code",
                request -> request.post(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json"));
    }

    @Test
    void aResultsLinkComesBackAsAnSvgQrCodeThatAReaderTurnsIntoTheSameLink() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, "{\"text\":\"" + LINK + "\"}");

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("image/svg+xml");
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            assertThat(QrCodes.read(drawn(response.body().string(), 6))).isEqualTo(LINK);
        });
    }

    @Test
    void aBlankTextAnOverlongOneOrOneThatIsNoLinkIsRefusedNamingTheField() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response blank = post(client, "{\"text\":\" \"}");
            Response overlong = post(client, "{\"text\":\"https://x.example/#/?werk=" + "a".repeat(2_000) + "\"}");
            Response noLink = post(client, "{\"text\":\"javascript:alert(1)\"}");

            for (Response refused : new Response[] {blank, overlong, noLink}) {
                assertThat(refused.code()).isEqualTo(400);
                assertThat(json(refused).toString()).contains("\"text\"");
            }
            assertThat(json(overlong).toString()).contains("at most 2000 characters");
        });
    }

    /** The SVG's modules painted black on white, {@code scale} pixels each, as a printer would. */
    private static BufferedImage drawn(String svg, int scale) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("an SVG with a viewBox: %s", svg).isTrue();
        int size = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        var paint = image.createGraphics();
        paint.setColor(java.awt.Color.WHITE);
        paint.fillRect(0, 0, image.getWidth(), image.getHeight());
        paint.setColor(java.awt.Color.BLACK);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            paint.fillRect(
                    Integer.parseInt(module.group(1)) * scale, Integer.parseInt(module.group(2)) * scale, scale, scale);
        }
        paint.dispose();
        return image;
    }
}

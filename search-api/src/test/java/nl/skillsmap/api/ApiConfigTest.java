package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiConfigTest {

    @Test
    void originsAreReadFromACommaSeparatedList() {
        assertThat(ApiConfig.parseOrigins(" https://www.s-bb.nl, http://localhost:3000 ,,"))
                .containsExactly("https://www.s-bb.nl", "http://localhost:3000");
        assertThat(ApiConfig.parseOrigins(null)).isEmpty();
        assertThat(ApiConfig.parseOrigins("  ")).isEmpty();
    }

    @Test
    void originsAreWrittenTheWayBrowsersSendThem() {
        ApiConfig config = ApiConfig.defaults()
                .withCorsOrigins(List.of(
                        "HTTPS://WWW.S-BB.NL:443/",
                        "http://localhost:80",
                        "http://localhost:3000",
                        "https://www.s-bb.nl"));

        assertThat(config.corsOrigins())
                .containsExactly("https://www.s-bb.nl", "http://localhost", "http://localhost:3000");
    }

    @Test
    void noOriginIsAllowedByDefault() {
        assertThat(ApiConfig.defaults().corsOrigins()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "www.s-bb.nl",
                "ftp://www.s-bb.nl",
                "https://www.s-bb.nl/widget",
                "https://",
                "https://www.s-bb.nl?x=1",
                "https://user@www.s-bb.nl",
                "not a url"
            })
    void anythingButSchemeHostAndPortIsRefusedWithTheValueNamed(String origin) {
        assertThatThrownBy(() -> ApiConfig.defaults().withCorsOrigins(List.of(origin)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + origin + "'");
    }
}

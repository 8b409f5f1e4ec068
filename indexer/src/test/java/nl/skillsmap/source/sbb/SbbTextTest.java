package nl.skillsmap.source.sbb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pins how export text becomes plain text: the index and every reader of the records see this output. */
class SbbTextTest {

    @Test
    void collapsesSpacesAndTabsWithinLinesAndTrimsEachLine() {
        assertThat(SbbText.plain("  Hij  plant\tzijn werk.  \n   Hij  rapporteert. "))
                .isEqualTo("Hij plant zijn werk.\nHij rapporteert.");
    }

    @Test
    void keepsBulletLinesAndAtMostOneBlankLineBetweenParagraphs() {
        assertThat(SbbText.plain("De beroepsbeoefenaar:\r\n- plant;\r\n- rapporteert.\r\n\r\n\r\n\r\nTot slot."))
                .isEqualTo("De beroepsbeoefenaar:\n- plant;\n- rapporteert.\n\nTot slot.");
    }

    @Test
    void turnsEscapedHtmlIntoLinesPerBlockElement() {
        String escaped = "&lt;h2&gt;Taal&lt;/h2&gt;\n   &lt;p&gt;Zij  leest\n  en &lt;b&gt;schrijft&lt;/b&gt;."
                + "&lt;/p&gt;"
                + "&lt;ul&gt;&lt;li&gt;Nederlands;&lt;/li&gt;&lt;li&gt;Engels.&lt;/li&gt;&lt;/ul&gt;";

        assertThat(SbbText.plain(escaped)).isEqualTo("Taal\nZij leest en schrijft.\nNederlands;\nEngels.");
    }

    @Test
    void resolvesCharacterReferencesOnceAfterRemovingMarkup() {
        assertThat(SbbText.plain("<p>co&ouml;rdineert &amp;lt;niet&amp;gt; &#8211; &#x20AC;5&nbsp;p.u.</p>"))
                .isEqualTo("coördineert &lt;niet&gt; – €5 p.u.");
        assertThat(SbbText.plain("&lt;p&gt;a &amp;lt; b&lt;/p&gt;"))
                .as("escaped HTML that itself escapes")
                .isEqualTo("a < b");
    }

    @Test
    void leavesPlainTextWithAngleBracketsOrAmpersandsAsWritten() {
        assertThat(SbbText.plain("kinderen < 4 jaar & ouders; inkoop &beheer;"))
                .isEqualTo("kinderen < 4 jaar & ouders; inkoop &beheer;");
    }

    @Test
    void decodesLatin1AndTypographicNamesAcrossTheWholeTable() {
        assertThat(SbbText.plain("&nbsp;&Agrave;&euml;&szlig;&yuml;&ldquo;&hellip;&rdquo;"))
                .isEqualTo("Àëßÿ“…”");
    }

    @Test
    void nothingButWhitespaceOrMarkupIsNull() {
        assertThat(SbbText.plain(null)).isNull();
        assertThat(SbbText.plain(" \n\t ")).isNull();
        assertThat(SbbText.plain("<labeltext>\n  &lt;p&gt;&lt;/p&gt;\n</labeltext>"))
                .isNull();
    }

    @Test
    void joinsTwoTextsOnSeparateLines() {
        assertThat(SbbText.joinLines("a", "b")).isEqualTo("a\nb");
        assertThat(SbbText.joinLines(null, "b")).isEqualTo("b");
        assertThat(SbbText.joinLines("a", null)).isEqualTo("a");
    }
}

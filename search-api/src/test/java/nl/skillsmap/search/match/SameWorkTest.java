package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameWorkTest {

    /** A phrase whose every word, the rarest included, a work process's title says, in a fitting qualification. */
    private static final SameWork.Signals SAYS_IT_ALL = new SameWork.Signals(1, 1, 1, 1, 0.8, 0.6, 1, 1, 0, 0.6);
    /** A phrase of which a work process says only a common word, in a qualification about other work. */
    private static final SameWork.Signals SHARES_A_WORD =
            new SameWork.Signals(0.3, 0.3, 0.2, 0.4, 0.2, 0.1, 0.5, 0.5, 0, 0.05);

    @Test
    void aWorkProcessSayingAllOfThePhraseIsSharedWork() {
        assertThat(SameWork.certainty(SAYS_IT_ALL)).isGreaterThanOrEqualTo(SameWork.SHARED);
    }

    @Test
    void aCommonWordAloneIsNotSharedWork() {
        assertThat(SameWork.certainty(SHARES_A_WORD)).isLessThan(SameWork.SHARED);
    }

    @Test
    void theSameWordsAreSurerTheSameWorkInAQualificationAboutThatWork() {
        SameWork.Signals elsewhere = new SameWork.Signals(0.5, 0.5, 0.5, 1, 0.5, 0.3, 0.5, 0.5, 0, 0.1);
        SameWork.Signals fitting = new SameWork.Signals(0.5, 0.5, 0.5, 1, 0.5, 0.3, 0.5, 0.5, 0, 0.6);

        assertThat(SameWork.certainty(fitting)).isGreaterThan(SameWork.certainty(elsewhere));
    }

    @Test
    void oneWordPhrasesNeedMoreToBeSure() {
        SameWork.Signals several = new SameWork.Signals(0.6, 0.6, 0.5, 1, 0.5, 0.3, 0.5, 0.5, 0, 0.4);
        SameWork.Signals single = new SameWork.Signals(0.6, 0.6, 0.5, 1, 0.5, 0.3, 0.5, 0.5, 1, 0.4);

        assertThat(SameWork.certainty(single)).isLessThan(SameWork.certainty(several));
    }

    @Test
    void theModelsInputsAndWeightsLineUp() {
        assertThat(SameWork.inputs(SAYS_IT_ALL)).hasSize(SameWork.INPUTS.length);
    }
}

package nl.skillsmap.evaluation.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedSetTest {

    private static final String HEADER = "esco_src_uri,esco_src_label_nl_v1.1.1,esco_dst_uri,esco_dst_label_nl_v1.1.1,"
            + "onet_src,onet_dst,onet_relatedness_tier,onet_index,src_match_type,dst_match_type\n";

    @TempDir
    Path dir;

    @Test
    void gradesTiersAndKeepsThePairsHighestGrade() throws IOException {
        Files.writeString(
                dir.resolve("pairs.csv"),
                HEADER
                        + "s,bron,a,een,1,2,Supplemental,15,exactMatch,exactMatch\n"
                        + "s,bron,a,een,1,3,Primary-Short,2,exactMatch,exactMatch\n"
                        + "s,bron,b,twee,1,4,Primary-Long,7,exactMatch,closeMatch\n"
                        + "s,bron,s,zelf,1,5,Primary-Short,1,exactMatch,closeMatch\n");
        RelatedSet set = RelatedSet.read(dir);
        // a is Supplemental and Primary-Short: 3; b is Primary-Long: 2; the source is never its own relative.
        assertThat(set.gains().get("s")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", 3, "b", 2));
        assertThat(set.labels()).containsEntry("b", "twee");
    }

    @Test
    void anUnknownTierIsNamedByFileAndLine() throws IOException {
        Files.writeString(dir.resolve("pairs.csv"), HEADER + "s,bron,a,een,1,2,Tertiary,15,exactMatch,exactMatch\n");
        assertThatThrownBy(() -> RelatedSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("pairs.csv:2")
                .hasMessageContaining("Tertiary");
    }
}

package nl.skillsmap.source.mbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.model.RegisterEntry.Kind;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreboRegisterReaderTest {

    private static final String HEADER = "crebo,name,level,level_name,code_kind,dossier_crebo,dossier_name\n";

    @TempDir
    Path dir;

    @Test
    void readsEachCodeWithItsLevelKindAndQualificationFile() throws IOException {
        Path file = write(HEADER
                + "10021,Magazijnmedewerker,2,basisberoepsopleiding,historic-opleiding,23309,Logistiek\n"
                + "23309,Logistiek,,,kwalificatiedossier,23309,Logistiek\n"
                + "25774,\"Logistiek medewerker\",2,basisberoepsopleiding,kwalificatie,23309,Logistiek\n"
                + "79001,Domein,,,opleidingsdomein,,\n");

        assertThat(new CreboRegisterReader(file).read())
                .containsExactly(
                        new RegisterEntry("10021", "Magazijnmedewerker", 2, Kind.HISTORIC_PROGRAMME, "23309"),
                        new RegisterEntry("23309", "Logistiek", null, Kind.QUALIFICATION_FILE, "23309"),
                        new RegisterEntry("25774", "Logistiek medewerker", 2, Kind.QUALIFICATION, "23309"),
                        new RegisterEntry("79001", "Domein", null, Kind.OTHER, null));
    }

    @Test
    void aLevelOutsideOneToFourIsRefusedWithItsLine() throws IOException {
        Path file = write(HEADER + "25774,Logistiek medewerker,2,x,kwalificatie,23309,Logistiek\n"
                + "25775,Logistiek teamleider,drie,x,kwalificatie,23309,Logistiek\n");
        assertThatThrownBy(() -> new CreboRegisterReader(file).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":3: the row has level 'drie', expected 1 to 4 or nothing");
    }

    @Test
    void aCodeListedTwiceIsRefused() throws IOException {
        Path file = write(HEADER + "25774,Logistiek medewerker,2,x,kwalificatie,23309,Logistiek\n"
                + "25774,Logistiek medewerker,2,x,kwalificatie,23309,Logistiek\n");
        assertThatThrownBy(() -> new CreboRegisterReader(file).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":3: the row repeats crebo 25774 (first on line 2)");
    }

    @Test
    void aCodeThatIsNotDigitsAndAMissingColumnAreRefused() throws IOException {
        Path badCode = write(HEADER + "25774x,Logistiek medewerker,2,x,kwalificatie,23309,Logistiek\n");
        assertThatThrownBy(() -> new CreboRegisterReader(badCode).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(":2: the row has crebo '25774x', expected five digits");
        Path longCode = write(HEADER + "257740,Logistiek medewerker,2,x,kwalificatie,23309,Logistiek\n");
        assertThatThrownBy(() -> new CreboRegisterReader(longCode).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(":2: the row has crebo '257740', expected five digits");
        Path shortFile = write(HEADER + "25774,Logistiek medewerker,2,x,kwalificatie,2330,Logistiek\n");
        assertThatThrownBy(() -> new CreboRegisterReader(shortFile).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(":2: the row has dossier_crebo '2330', expected five digits or nothing");

        Path noKind = Files.writeString(dir.resolve("no-kind.csv"), "crebo,name,level,dossier_crebo\n1,a,2,3\n");
        assertThatThrownBy(() -> new CreboRegisterReader(noKind).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(":1: missing column 'code_kind'");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("crebo-crosswalk.csv"), text);
    }
}

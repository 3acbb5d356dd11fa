package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import nl.techniekpact.OpenDataFiles;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void keepsLineBreaksInsideQuotedCellsAndTheLineARecordStartsOn() {
        CsvTable table = CsvTable.read(SourceFile.of("occupations_nl.csv",
                "uri,altLabels,code\r\na,\"las\nlasser\",1\r\n\r\nb,\"zeg \"\"hoi\"\"\",2\n"), ',', 1000, false);
        assertThat(table.errors()).isEmpty();
        assertThat(table.header()).containsExactly("uri", "altLabels", "code");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("a", "las\nlasser", "1");
        assertThat(table.rows().get(1).cells().get(1)).isEqualTo("zeg \"hoi\"");
    }

    @Test
    void padsShortRowsOnlyWhenRaggedAndRefusesLongOnes() {
        String text = "a,b,c\n1,2\n1,2,3,4\n";
        assertThat(CsvTable.read(SourceFile.of("h.csv", text), ',', 1000, true).errors())
                .extracting(e -> e.line() + " " + e.code()).containsExactly("3 WRONG_FIELD_COUNT");
        assertThat(CsvTable.read(SourceFile.of("h.csv", text), ',', 1000, false).errors())
                .extracting(e -> e.line() + " " + e.code()).containsExactly("2 WRONG_FIELD_COUNT", "3 WRONG_FIELD_COUNT");
        CsvTable ragged = CsvTable.read(SourceFile.of("h.csv", "a,b,c\n1,2\n"), ',', 1000, true);
        assertThat(ragged.rows().getFirst().cells()).containsExactly("1", "2", "");
    }

    @Test
    void reportsAnUnclosedQuoteBadBytesAndAnEmptyFileAndHasNoRowsThen() {
        CsvTable unclosed = CsvTable.read(SourceFile.of("x.csv", "a,b\n1,2\n3,\"open\n4,5\n"), ',', 1000, false);
        assertThat(unclosed.errors()).extracting(e -> e.line() + ":" + e.column() + " " + e.code())
                .containsExactly("3:3 UNCLOSED_QUOTE");
        assertThat(unclosed.rows()).isEmpty();
        byte[] bad = "a,b\n1,2\n3,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CsvTable.read(SourceFile.of("x.csv", bad), ',', 1000, false).errors())
                .extracting(e -> e.line() + " " + e.code()).containsExactly("3 BAD_ENCODING");
        assertThat(CsvTable.read(SourceFile.of("x.csv", ""), ',', 1000, false).errors())
                .extracting(ImportError::code).containsExactly(ImportError.Code.EMPTY_FILE);
        assertThatThrownBy(() -> CsvTable.read(SourceFile.of("x.csv", "a,b\n1,2\n"), ',', 4, false))
                .isInstanceOf(SourceTooLarge.class);
    }

    @Test
    void readsTheRealEscoFilesWithTheirMultiLineCells() {
        CsvTable occupations = CsvTable.read(SourceFile.of(OpenDataFiles.path("esco-v1.1-occupations-nl/occupations_nl.csv")),
                ',', 64L << 20, false);
        assertThat(occupations.errors()).isEmpty();
        assertThat(occupations.rows()).hasSize(3007);
        CsvTable skills = CsvTable.read(SourceFile.of(OpenDataFiles.path("esco-v1.0-skills-en-us/skills_en-us.csv")),
                ',', 64L << 20, false);
        assertThat(skills.errors()).isEmpty();
        assertThat(skills.rows()).hasSize(13485);
        assertThat(skills.rows().getFirst().cells().get(4)).isEqualTo("manage musical staff");
        CsvTable hierarchy = CsvTable.read(SourceFile.of(OpenDataFiles.path(
                "esco-v1.2-nl-isco-skillgroups/skillsHierarchy_nl.csv")), ',', 64L << 20, true);
        assertThat(hierarchy.errors()).isEmpty();
        assertThat(hierarchy.rows()).hasSize(640);
    }
}

package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The streaming xlsx reader: inline strings as Excel's streaming writers save them, and its limits. */
class XlsxTableReaderTest {

    private static final ColumnMapping MAPPING = ColumnMapping.parse("""
            {"indicator": "mbo-deelnemers-techniek", "region": "Gemeentecode", "period": "Jaar",
             "value": "Aantal", "breakdowns": {"geslacht": "Geslacht"}}""").rows().getFirst();

    private static final Object[] HEADER = {"Gemeentecode", "Jaar", "Geslacht", "Aantal"};

    private static ParseResult<RawObservation> read(byte[] workbook, XlsxTableReader.Limits limits) {
        var table = new MappedTable("tabel.xlsx", MAPPING, true);
        XlsxTableReader.read(SourceFile.of("tabel.xlsx", workbook), null, table, limits);
        return table.result();
    }

    /** {@code rows} data rows under the header, written with inline strings (SXSSF), keeping 100 rows in memory. */
    private static byte[] streamed(int rows, boolean distinct) {
        try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Blad1");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue((String) HEADER[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(distinct ? String.format("GM%04d", r) : "GM0014");
                row.createCell(1).setCellValue(2019);
                row.createCell(2).setCellValue(r % 2 == 0 ? "man" : "vrouw");
                row.createCell(3).setCellValue(r * 1.5);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code workbook} with its first sheet replaced by the header and {@code rows} identical rows written
     * without row numbers: XML that deflates a thousandfold, as a zip bomb does.
     */
    private static byte[] repeatedRows(byte[] workbook, int rows) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook)); var bytes = new ByteArrayOutputStream();
                var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String row = "<row><c t=\"inlineStr\"><is><t>GM0014</t></is></c><c><v>2019</v></c>"
                            + "<c t=\"inlineStr\"><is><t>man</t></is></c><c><v>1</v></c></row>";
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                            + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + "<row><c t=\"inlineStr\"><is><t>Gemeentecode</t></is></c><c t=\"inlineStr\"><is>"
                            + "<t>Jaar</t></is></c><c t=\"inlineStr\"><is><t>Geslacht</t></is></c>"
                            + "<c t=\"inlineStr\"><is><t>Aantal</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
                    byte[] repeated = row.getBytes(StandardCharsets.UTF_8);
                    for (int r = 0; r < rows; r++) {
                        out.write(repeated);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsInlineStringsLikeSharedStrings() {
        byte[] shared = Workbooks.xlsx("Blad1", HEADER,
                new Object[] {"GM0001", 2019, "vrouw", 1.5},
                new Object[] {"GM0002", 2019, "man", 3});

        ParseResult<RawObservation> inline = read(streamed(2, true), XlsxTableReader.Limits.DEFAULT);

        assertThat(inline.errors()).isEmpty();
        assertThat(inline.rows()).hasSize(2)
                .isEqualTo(read(shared, XlsxTableReader.Limits.DEFAULT).rows());
    }

    @Test
    void aWorkbookWithMoreCellsThanTheLimitIsRefusedAsAWhole() {
        ParseResult<RawObservation> result = read(streamed(100, true), new XlsxTableReader.Limits(200, 1L << 30));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(Code.WORKBOOK_TOO_LARGE);
            assertThat(e.line()).isZero();
            assertThat(e.message()).contains("200").doesNotContain("monitor.");
        });
    }

    @Test
    void aSmallFileThatUnpacksPastTheLimitIsRefusedWhileBeingRead() {
        byte[] bomb = repeatedRows(Workbooks.xlsx("Blad1", HEADER), 400_000);
        long limit = 16L * 1024 * 1024;

        ParseResult<RawObservation> result = read(bomb, new XlsxTableReader.Limits(Long.MAX_VALUE, limit));

        assertThat(bomb.length).isLessThan((int) (limit / 4));
        // the identical rows are duplicates; what matters is that reading stopped at the limit
        assertThat(result.errors().getLast().code()).isEqualTo(Code.WORKBOOK_TOO_LARGE);
        assertThat(result.rows().size()).isLessThan(400_000);
    }

    @Test
    void moreExpandedXmlThanTheLimitIsRefused() {
        ParseResult<RawObservation> result = read(streamed(2_000, true), new XlsxTableReader.Limits(Long.MAX_VALUE, 50_000));

        assertThat(result.errors()).extracting(ImportError::code).containsExactly(Code.WORKBOOK_TOO_LARGE);
    }

    @Test
    void withinTheLimitsTheSameFileIsReadWhole() {
        ParseResult<RawObservation> result = read(streamed(5_000, true), XlsxTableReader.Limits.DEFAULT);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(5_000);
    }
}

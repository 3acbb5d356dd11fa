package nl.techniekpact.importers;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads the GeoNames postal-code file of the Netherlands ({@code NL.txt} of download.geonames.org/export/zip: UTF-8,
 * tab-separated, no header, no quoting; 11 fields — country code, postal code, place name, province name and code,
 * municipality name and CBS code, two empty admin3 fields, latitude, longitude — or 12 with the accuracy of later
 * dumps) into one {@link PostcodeArea} per distinct PC4, in the order the PC4s first occur.
 *
 * <p>A PC4 holding several places has one row per place (213 PC4s in the 2017 file). Such rows are merged: the
 * centroid is the arithmetic mean of the rows' coordinates, and place and municipality are those of the first row —
 * also where a later row names another municipality (55 PC4s in 2017: a PC4 may cross a municipal border, and
 * GeoNames lists some places under a neighbouring PC4). The file is all or nothing: each row must have country
 * {@code NL}, a PC4 (four digits, not starting with 0), a place, a municipality number of 1 to 4 digits and
 * coordinates as decimal degrees with a dot; every error is reported with line and column, and a bad row is left out
 * of its area's mean.
 */
public final class PostcodeAreaReader {

    /** The 2017 PC4 file is 280 kB; 32 MB leaves ample room and keeps a wrong file out of memory. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /** GeoNames' names of the fields, for messages. */
    private static final List<String> FIELDS = List.of("countryCode", "postalCode", "placeName", "adminName1",
            "adminCode1", "adminName2", "adminCode2", "adminName3", "adminCode3", "latitude", "longitude", "accuracy");
    private static final int COUNTRY = 0;
    private static final int POSTCODE = 1;
    private static final int PLACE = 2;
    private static final int MUNICIPALITY = 6;
    private static final int LATITUDE = 9;
    private static final int LONGITUDE = 10;
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

    private final Charset charset;
    private final long maxBytes;

    /**
     * @param charset  the file's encoding, or null to detect it (UTF-8 where valid, else Windows-1252)
     * @param maxBytes a larger file fails with {@link SourceTooLarge}
     */
    public PostcodeAreaReader(Charset charset, long maxBytes) {
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    public PostcodeAreaReader() {
        this(null, DEFAULT_MAX_BYTES);
    }

    public ParseResult<PostcodeArea> parse(SourceFile file) {
        byte[] content = BoundedSource.read(file, maxBytes);
        Charset decoding = charset != null ? charset : BoundedSource.charset(content);
        Run run = new Run(file.name(), decoding);
        CsvLines.read(BoundedSource.inMemory(file.name(), content), decoding, run::accept);
        if (run.areas.isEmpty() && run.errors.isEmpty()) {
            run.errors.add(ImportError.of(file.name(), 1, 0, Code.EMPTY_FILE));
        }
        List<PostcodeArea> rows = run.areas.values().stream().map(Area::toPostcodeArea).toList();
        return new ParseResult<>(rows, run.errors, run.skipped, 0);
    }

    /** The rows of one PC4 so far: the first row's place and municipality, and the sums of the coordinates. */
    private static final class Area {
        private final String pc4;
        private final String place;
        private final String municipalityCode;
        private double latitudeSum;
        private double longitudeSum;
        private int rows;

        Area(String pc4, String place, String municipalityCode) {
            this.pc4 = pc4;
            this.place = place;
            this.municipalityCode = municipalityCode;
        }

        void add(double latitude, double longitude) {
            latitudeSum += latitude;
            longitudeSum += longitude;
            rows++;
        }

        PostcodeArea toPostcodeArea() {
            return new PostcodeArea(pc4, place, municipalityCode, latitudeSum / rows, longitudeSum / rows);
        }
    }

    /** The state of one parse. */
    private static final class Run {
        private final String file;
        private final Charset charset;
        private final Map<String, Area> areas = new LinkedHashMap<>();
        private final List<ImportError> errors = new ArrayList<>();
        private int skipped;

        Run(String file, Charset charset) {
            this.file = file;
            this.charset = charset;
        }

        void accept(CsvLines.Line line) {
            if (line.text().isBlank()) {
                skipped++;
                return;
            }
            if (line.badCharacterColumn() > 0) {
                errors.add(ImportError.of(file, line.number(), line.badCharacterColumn(), Code.BAD_ENCODING,
                        charset.name()));
                return;
            }
            String[] cells = line.text().split("\t", -1);
            if (cells.length != 11 && cells.length != 12) {
                errors.add(ImportError.of(file, line.number(), Math.min(cells.length, 11) + 1, Code.WRONG_FIELD_COUNT,
                        cells.length, 11));
                return;
            }
            readRow(line.number(), cells);
        }

        private void readRow(int line, String[] cells) {
            int before = errors.size();
            String country = cells[COUNTRY].strip();
            if (!country.equals("NL")) {
                errors.add(ImportError.of(file, line, COUNTRY + 1, Code.UNKNOWN_CODE, country, FIELDS.get(COUNTRY)));
            }
            String pc4 = cells[POSTCODE].strip();
            if (!PostcodeFormat.isValidPc4(pc4)) {
                errors.add(ImportError.of(file, line, POSTCODE + 1, Code.UNKNOWN_CODE, pc4, FIELDS.get(POSTCODE)));
            }
            String place = cells[PLACE].strip();
            if (place.isEmpty()) {
                errors.add(ImportError.of(file, line, PLACE + 1, Code.MISSING_VALUE, FIELDS.get(PLACE)));
            }
            String municipality = municipality(line, cells[MUNICIPALITY].strip());
            Double latitude = degrees(line, cells, LATITUDE, 90);
            Double longitude = degrees(line, cells, LONGITUDE, 180);
            if (errors.size() > before) {
                return;
            }
            areas.computeIfAbsent(pc4, code -> new Area(code, place, municipality)).add(latitude, longitude);
        }

        private String municipality(int line, String raw) {
            if (raw.isEmpty()) {
                errors.add(ImportError.of(file, line, MUNICIPALITY + 1, Code.MISSING_VALUE, FIELDS.get(MUNICIPALITY)));
                return null;
            }
            if (!MUNICIPALITY_NUMBER.matcher(raw).matches()) {
                errors.add(ImportError.of(file, line, MUNICIPALITY + 1, Code.BAD_REGION_CODE, raw));
                return null;
            }
            return "0".repeat(4 - raw.length()) + raw;
        }

        private Double degrees(int line, String[] cells, int index, double limit) {
            String raw = cells[index].strip();
            if (raw.isEmpty()) {
                errors.add(ImportError.of(file, line, index + 1, Code.MISSING_VALUE, FIELDS.get(index)));
                return null;
            }
            double value = DEGREES.matcher(raw).matches() ? Double.parseDouble(raw) : Double.NaN;
            if (!(Math.abs(value) <= limit)) {
                errors.add(ImportError.of(file, line, index + 1, Code.BAD_NUMBER, raw, FIELDS.get(index)));
                return null;
            }
            return value;
        }
    }
}

package nl.techniekpact.importers;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One problem found in a source file. {@code line} and {@code column} are 1-based; {@code column} is 0 when
 * the problem concerns a whole line or file. For CSV the column is the cell's position in the row; for JSON
 * both are the text position of the offending token. {@code message} is Dutch, rendered from
 * {@code messages.properties} (key {@link Code#messageKey()}), so the web layer can re-render it in English
 * from the code and the same arguments.
 */
public record ImportError(String file, int line, int column, Code code, String message, List<String> arguments,
                          String cell) {

    /** The catalogue of everything a parser can report. */
    public enum Code {
        EMPTY_FILE,
        BAD_ENCODING,
        WRONG_DELIMITER,
        MISSING_HEADER,
        DUPLICATE_HEADER,
        NO_VALUE_COLUMNS,
        NO_SCHOOL_YEAR,
        WRONG_FIELD_COUNT,
        UNCLOSED_QUOTE,
        MISSING_VALUE,
        BAD_NUMBER,
        BAD_YEAR,
        BAD_PERIOD,
        BAD_REGION_CODE,
        UNKNOWN_REGION,
        UNKNOWN_CODE,
        UNKNOWN_PROPERTY,
        DUPLICATE_ROW,
        TOTAL_MISMATCH,
        BAD_JSON,
        NOT_A_DATASET,
        MISSING_PAGE,
        UNEXPECTED_PAGE,
        PAGE_GAP,
        NO_CROSSWALK,
        UNKNOWN_DATASET,
        NOTHING_TO_IMPORT,
        UNKNOWN_INDICATOR,
        BAD_MAPPING,
        BAD_MAPPING_JSON,
        UNKNOWN_MAPPING_KEY,
        MAPPING_COLUMN_TWICE,
        AMBIGUOUS_NUMBER,
        MISSING_SHEET,
        BAD_WORKBOOK,
        BAD_DATE,
        DATE_ORDER,
        TEXT_TOO_LONG,
        WORKBOOK_TOO_LARGE,
        SEED_SCHEME;

        /** {@code monitor.import.error.missing-header} for {@code MISSING_HEADER}. */
        public String messageKey() {
            return "monitor.import.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final ResourceBundle DUTCH = ResourceBundle.getBundle("messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public ImportError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** The message in another language, from the same catalogue key and arguments ({@code messages_en}). */
    public String message(Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            return message;
        }
        ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = new MessageFormat(english.getString(code.messageKey()), Locale.ROOT).format(arguments.toArray());
        return cell == null ? text
                : new MessageFormat(english.getString("monitor.import.cell"), Locale.ROOT).format(new Object[] {cell, text});
    }

    /**
     * An error whose Dutch message is the catalogue text for {@code code} filled with {@code arguments}, each
     * inserted as its {@code String.valueOf} (no locale-dependent number formatting).
     */
    public static ImportError of(String file, int line, int column, Code code, Object... arguments) {
        String pattern = DUTCH.getString(code.messageKey());
        Object[] texts = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
        return new ImportError(file, line, column, code, new MessageFormat(pattern, Locale.ROOT).format(texts),
                java.util.Arrays.stream(texts).map(String.class::cast).toList(), null);
    }

    /**
     * This error with its message prefixed by the spreadsheet cell it concerns, named as Excel names it
     * ({@code "Cel C7: …"}).
     */
    ImportError inCell(String reference) {
        String pattern = DUTCH.getString("monitor.import.cell");
        return new ImportError(file, line, column, code,
                new MessageFormat(pattern, Locale.ROOT).format(new Object[] {reference, message}), arguments, reference);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + code + " " + message;
    }
}

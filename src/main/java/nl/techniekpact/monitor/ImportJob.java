package nl.techniekpact.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An import of one source file: its state, progress, counts and, when it failed, the errors that name file,
 * line and column. {@code cellsInserted}, {@code cellsRevised} and {@code cellsUnchanged} count stored cells
 * (after summing to every geography); loading the same file twice gives only unchanged cells. A failed job keeps
 * its first errors in {@code errors}; {@code errorTotal} counts them all and {@code errorCounts} by code.
 */
public record ImportJob(long id, String format, String dataset, String fileName, String sha256,
                        String sourceOrganisation, LocalDate retrievedOn, boolean provisional, State state,
                        int progress, int rowsRead, int cellsInserted, int cellsRevised, int cellsUnchanged,
                        List<Error> errors, String message, Instant startedAt, Instant finishedAt, int errorTotal,
                        Map<String, Integer> errorCounts) {

    public enum State { RUNNING, DONE, FAILED }

    /**
     * {@code message} is Dutch; {@code messageEn} the same in English (both from the catalogue key and the
     * error's arguments), so pages show the reader's language.
     */
    public record Error(String file, int line, int column, String code, String messageKey, String message,
                        String messageEn) {

        public String message(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && messageEn != null ? messageEn : message;
        }
    }
}

package nl.techniekpact.schemes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One application window (aanvraagvenster) or tranche of a scheme. {@code opens}/{@code closes}: the first and
 * the last day one may apply, each null when the source does not give it; {@code opensStated}/{@code closesStated}:
 * the dates as the source wrote them; {@code ongoing}: the source says the window runs on ("doorlopend"), believed
 * for {@link SchemeStatus#ONGOING_BELIEVED_FOR} after the source's date.
 */
public record ApplicationWindow(int position, String label, LocalDate opens, LocalDate closes, String opensStated,
                                String closesStated, boolean ongoing, String budgetStated, BigDecimal budget,
                                String source, LocalDate sourceDate) {

    public ApplicationWindow {
        if (opens != null && closes != null && opens.isAfter(closes)) {
            throw new IllegalArgumentException("A window cannot close before it opens");
        }
    }

    public SchemeStatus status(LocalDate today) {
        return SchemeStatus.ofWindow(opens, closes, ongoing, sourceDate, today);
    }
}

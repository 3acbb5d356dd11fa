package nl.techniekpact.loket.matching;

import java.util.List;
import java.util.Objects;

/**
 * One reason why a listing matches (or matches less well, or not at all). The web layer renders it in Dutch or
 * English from its kind, sign and arguments; the arguments are plain values (numbers as digits, dates as ISO
 * {@code yyyy-MM-dd}, enum constant names, subject codes, words of the query), never prose. See {@link Kind} for
 * the arguments of each kind.
 *
 * @param kind      what the reason is about
 * @param positive  whether it speaks for the match
 * @param arguments the values the sentence needs
 */
public record Reason(Kind kind, boolean positive, List<String> arguments) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** What a reason is about, with its arguments. */
    public enum Kind {
        /** Distance in whole km, then the reach in km: {@code ["12", "25"]}; positive = within both travel distances. */
        DISTANCE,
        /** Shared activity types (positive) or the listing's types (negative, none shared). */
        TYPE,
        /** Shared levels (positive) or the listing's levels (negative, none shared). */
        LEVEL,
        /**
         * First and last day both sides can do it and the number of free days in between: {@code ["2026-09-07",
         * "2026-10-30", "40"]}; an open end is {@code ""} and then the number is {@code ""} too (no reason at all when
         * both ends are open). Negative: the periods
         * do not overlap (no arguments), or the overlap lies outside the filter window ({@code ["window"]}).
         */
        DATES,
        /** Places left: {@code ["unlimited"]} or {@code ["7"]} (positive), {@code ["0"]}: full, waiting list only. */
        CAPACITY,
        /** Shared subject codes (positive), or none shared (negative, no arguments). */
        SUBJECT,
        /** Shared venues (positive), or none shared (negative, no arguments). */
        VENUE,
        /** Words of the query found in the listing's text, as the query wrote them. */
        TEXT,
        /**
         * Days of the overlap that fall in blocked ranges (holidays): {@code ["9"]}; always negative. When every
         * day of the overlap is blocked the listing is not a match.
         */
        HOLIDAY
    }
}

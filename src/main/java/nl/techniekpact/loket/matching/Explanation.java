package nl.techniekpact.loket.matching;

/**
 * Why a given listing does or does not match a query ({@link MatchIndex#explain}): "why is this offer not in my
 * list?".
 *
 * @param eligible whether the listing passes every hard rule (and so could appear in {@link MatchIndex#top})
 * @param match    its score, distance and reasons; for a listing that is not eligible the reasons include the
 *                 failed rules (negative) and the score is what it would have scored
 */
public record Explanation(boolean eligible, Match match) {
}

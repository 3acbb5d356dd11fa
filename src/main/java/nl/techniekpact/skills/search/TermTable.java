package nl.techniekpact.skills.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's terms arranged for the ways a query term is matched, so that no way has to look at every term:
 * sorted (exact and prefix: a binary search and a range), by stem, reversed and sorted (the label term ends with the
 * query term, as in compounds: a range of the reversed terms), and by length (a typo of at most {@code k} edits can
 * only be a term whose length differs by at most {@code k}).
 */
final class TermTable {

    final String[] terms;
    final Map<String, int[]> stems;
    private final String[] reversed;
    private final int[] reversedTerm;
    private final int[][] byLength;

    TermTable(String[] sortedTerms) {
        terms = sortedTerms;
        Map<String, List<Integer>> stemTerms = new HashMap<>();
        int longest = 0;
        for (int t = 0; t < terms.length; t++) {
            stemTerms.computeIfAbsent(Text.stem(terms[t]), s -> new ArrayList<>()).add(t);
            longest = Math.max(longest, terms[t].length());
        }
        stems = new HashMap<>();
        stemTerms.forEach((s, list) -> stems.put(s, list.stream().mapToInt(Integer::intValue).toArray()));
        Integer[] order = new Integer[terms.length];
        String[] flipped = new String[terms.length];
        for (int t = 0; t < terms.length; t++) {
            order[t] = t;
            flipped[t] = new StringBuilder(terms[t]).reverse().toString();
        }
        Arrays.sort(order, (a, b) -> flipped[a].compareTo(flipped[b]));
        reversed = new String[terms.length];
        reversedTerm = new int[terms.length];
        for (int i = 0; i < order.length; i++) {
            reversed[i] = flipped[order[i]];
            reversedTerm[i] = order[i];
        }
        List<List<Integer>> lengths = new ArrayList<>();
        for (int l = 0; l <= longest; l++) {
            lengths.add(new ArrayList<>());
        }
        for (int t = 0; t < terms.length; t++) {
            lengths.get(terms[t].length()).add(t);
        }
        byLength = lengths.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The first index of the terms that start with {@code prefix} (they follow it while they do). */
    int prefixStart(String prefix) {
        int at = Arrays.binarySearch(terms, prefix);
        return at >= 0 ? at : -at - 1;
    }

    /** The terms that end with {@code suffix}, as term indexes. */
    int[] endingWith(String suffix) {
        String flipped = new StringBuilder(suffix).reverse().toString();
        int at = Arrays.binarySearch(reversed, flipped);
        int from = at >= 0 ? at : -at - 1;
        int to = from;
        while (to < reversed.length && reversed[to].startsWith(flipped)) {
            to++;
        }
        return Arrays.copyOfRange(reversedTerm, from, to);
    }

    /** The terms of exactly {@code length} characters. */
    int[] ofLength(int length) {
        return length >= 0 && length < byLength.length ? byLength[length] : new int[0];
    }

    int longest() {
        return byLength.length - 1;
    }
}

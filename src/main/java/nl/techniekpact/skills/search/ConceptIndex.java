package nl.techniekpact.skills.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory index of concept labels for autocomplete (no Spring, no database). Every label is split
 * into terms; a query term matches a label term exactly, by stem, as a prefix (people are still typing), as the
 * tail of a compound (monteur → onderhoudsmonteur) or, when nothing matches better, within one or two typing
 * errors. Every query term must match; a label scores the mean of its terms' matches, more when it equals or
 * starts with the whole query, when it is a preferred label, and when it is in the asked language.
 */
public final class ConceptIndex {

    public record Label(String lang, String text, boolean preferred) {
    }

    public record Doc(String uri, String id, String kind, List<Label> labels) {
    }

    /** A found concept: its label in the asked language (else another), and the label that matched. */
    public record Hit(Doc doc, String label, String labelLang, String matched, boolean matchedPreferred, double score) {
    }

    private static final int MAX_QUERY_TERMS = 8;

    private final List<Doc> docs;
    private final int[] labelDoc;
    private final Label[] labels;
    private final String[] labelNorm;
    private final int[] labelTerms;
    private final String[] terms;
    private final int[][] postings;
    private final TermTable table;
    private final ThreadLocal<Workspace> workspaces;

    public ConceptIndex(List<Doc> docs) {
        this.docs = List.copyOf(docs);
        List<Integer> labelDocs = new ArrayList<>();
        List<Label> labelList = new ArrayList<>();
        Map<String, List<Integer>> termLabels = new HashMap<>();
        for (int d = 0; d < this.docs.size(); d++) {
            for (Label label : this.docs.get(d).labels()) {
                int id = labelList.size();
                labelList.add(label);
                labelDocs.add(d);
                for (String term : new LinkedHashSet<>(Text.terms(label.text()))) {
                    termLabels.computeIfAbsent(term, t -> new ArrayList<>()).add(id);
                }
            }
        }
        labels = labelList.toArray(Label[]::new);
        labelDoc = labelDocs.stream().mapToInt(Integer::intValue).toArray();
        labelNorm = labelList.stream().map(l -> Text.normalise(l.text())).toArray(String[]::new);
        labelTerms = Arrays.stream(labelNorm).mapToInt(n -> n.isEmpty() ? 0 : n.split(" ").length).toArray();
        terms = termLabels.keySet().stream().sorted().toArray(String[]::new);
        postings = new int[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            postings[t] = termLabels.get(terms[t]).stream().mapToInt(Integer::intValue).toArray();
        }
        table = new TermTable(terms);
        int size = labels.length;
        workspaces = ThreadLocal.withInitial(() -> new Workspace(size));
    }

    public int size() {
        return docs.size();
    }

    public int labelCount() {
        return labels.length;
    }

    /**
     * The best {@code limit} concepts for {@code query}; {@code kind} null for all kinds; {@code lang} "nl" or "en"
     * (labels in it rank higher and are shown).
     */
    public List<Hit> search(String query, String lang, String kind, int limit) {
        List<String> queryTerms = new ArrayList<>(new LinkedHashSet<>(Text.terms(query == null ? "" : query)));
        if (queryTerms.isEmpty() || limit < 1) {
            return List.of();
        }
        if (queryTerms.size() > MAX_QUERY_TERMS) {
            queryTerms = queryTerms.subList(0, MAX_QUERY_TERMS);
        }
        String whole = Text.normalise(query);
        Workspace w = workspaces.get();
        w.begin();
        for (int i = 0; i < queryTerms.size(); i++) {
            Map<Integer, Float> matches = TermMatcher.match(queryTerms.get(i), i == queryTerms.size() - 1, table);
            w.nextTerm();
            matches.forEach((t, score) -> {
                for (int label : postings[t]) {
                    w.offer(label, score);
                }
            });
            w.endTerm();
        }
        int needed = queryTerms.size();
        Map<Integer, Hit> best = new HashMap<>();
        for (int pass = 0; pass < 2 && best.isEmpty(); pass++) {
            int required = pass == 0 ? needed : Math.max(1, needed - 1);
            if (pass == 1 && required == needed) {
                break;
            }
            for (int n = 0; n < w.touchedCount; n++) {
                int label = w.touched[n];
                if (w.count[label] < required) {
                    continue;
                }
                Doc doc = docs.get(labelDoc[label]);
                if (kind != null && !kind.equals(doc.kind())) {
                    continue;
                }
                double score = score(label, w.total[label] / needed, whole, needed, lang) - (needed - w.count[label]) * 0.3;
                Hit earlier = best.get(labelDoc[label]);
                if (earlier == null || earlier.score() < score) {
                    Label shown = shown(doc, lang);
                    best.put(labelDoc[label], new Hit(doc, shown.text(), shown.lang(), labels[label].text(),
                            labels[label].preferred(), score));
                }
            }
        }
        return best.values().stream()
                .sorted((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                        : a.label().length() != b.label().length() ? Integer.compare(a.label().length(), b.label().length())
                        : a.label().compareTo(b.label()))
                .limit(limit).toList();
    }

    private double score(int label, double termScore, String whole, int queryTerms, String lang) {
        double score = termScore;
        if (labelNorm[label].equals(whole)) {
            score += 0.6;
        } else if (labelNorm[label].startsWith(whole)) {
            score += 0.3;
        }
        if (labels[label].preferred()) {
            score += 0.15;
        }
        score += labels[label].lang().startsWith(lang) ? 0.1 : -0.1;
        score -= Math.min(0.3, 0.03 * Math.max(0, labelTerms[label] - queryTerms));
        return score;
    }

    /** The preferred label in the asked language; else Dutch, English, any. */
    public static Label shown(Doc doc, String lang) {
        Label fallback = null;
        for (String wanted : new String[] {lang, "nl", "en"}) {
            for (Label label : doc.labels()) {
                if (label.preferred() && label.lang().startsWith(wanted)) {
                    return label;
                }
                if (fallback == null && label.preferred()) {
                    fallback = label;
                }
            }
        }
        return fallback != null ? fallback : doc.labels().getFirst();
    }

    /** Per-thread scratch arrays over all labels; a stamp per query term avoids clearing them. */
    private static final class Workspace {
        final float[] total;
        final float[] current;
        final int[] count;
        final int[] stamp;
        final int[] seen;
        final int[] touched;
        int touchedCount;
        final int[] termTouched;
        int termTouchedCount;
        int term;
        int query;

        Workspace(int size) {
            total = new float[size];
            current = new float[size];
            count = new int[size];
            stamp = new int[size];
            seen = new int[size];
            touched = new int[size];
            termTouched = new int[size];
        }

        void begin() {
            query++;
            touchedCount = 0;
        }

        void nextTerm() {
            term++;
            termTouchedCount = 0;
        }

        void offer(int label, float score) {
            if (stamp[label] != term) {
                stamp[label] = term;
                current[label] = score;
                termTouched[termTouchedCount++] = label;
            } else if (current[label] < score) {
                current[label] = score;
            }
        }

        void endTerm() {
            for (int n = 0; n < termTouchedCount; n++) {
                int label = termTouched[n];
                if (seen[label] != query) {
                    seen[label] = query;
                    total[label] = 0;
                    count[label] = 0;
                    touched[touchedCount++] = label;
                }
                total[label] += current[label];
                count[label]++;
            }
        }
    }
}

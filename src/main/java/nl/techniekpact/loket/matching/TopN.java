package nl.techniekpact.loket.matching;

import java.util.Arrays;

/**
 * The best {@code n} rows seen so far: a binary heap with the worst of them at the root, in parallel primitive
 * arrays (score, distance, id, and where the row is). Better = higher score, then shorter distance, then lower id,
 * so the order is total and the result does not depend on the order of the scan.
 */
final class TopN {

    private final int limit;
    private int size;
    private double[] scores;
    private double[] distances;
    private long[] ids;
    private Chunk[] chunks;
    private int[] rows;

    TopN(int limit) {
        this.limit = limit;
        int capacity = Math.max(1, Math.min(limit, 64));
        scores = new double[capacity];
        distances = new double[capacity];
        ids = new long[capacity];
        chunks = new Chunk[capacity];
        rows = new int[capacity];
    }

    /** Offers a row; kept if it is among the best {@code n}. */
    void offer(double score, double distance, Chunk chunk, int row) {
        long id = chunk.ids[row];
        if (size == limit) {
            if (!better(score, distance, id, 0)) {
                return;
            }
            set(0, score, distance, id, chunk, row);
            down(0);
            return;
        }
        if (size == scores.length) {
            grow();
        }
        set(size, score, distance, id, chunk, row);
        up(size++);
    }

    /** The score a row needs to have a chance to be kept: the worst kept score once full, before that −∞. */
    double threshold() {
        return size == limit ? scores[0] : Double.NEGATIVE_INFINITY;
    }

    int size() {
        return size;
    }

    /** Positions in the heap arrays from best to worst. */
    int[] order() {
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> better(scores[a], distances[a], ids[a], b) ? -1 : a.equals(b) ? 0 : 1);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    double score(int k) {
        return scores[k];
    }

    Chunk chunk(int k) {
        return chunks[k];
    }

    int row(int k) {
        return rows[k];
    }

    private boolean better(double score, double distance, long id, int k) {
        if (score != scores[k]) {
            return score > scores[k];
        }
        if (distance != distances[k]) {
            return distance < distances[k];
        }
        return id < ids[k];
    }

    private void up(int k) {
        while (k > 0) {
            int parent = (k - 1) / 2;
            if (!better(scores[parent], distances[parent], ids[parent], k)) {
                return;
            }
            swap(k, parent);
            k = parent;
        }
    }

    private void down(int k) {
        while (true) {
            int worst = k;
            for (int child = 2 * k + 1; child <= 2 * k + 2 && child < size; child++) {
                if (better(scores[worst], distances[worst], ids[worst], child)) {
                    worst = child;
                }
            }
            if (worst == k) {
                return;
            }
            swap(k, worst);
            k = worst;
        }
    }

    private void set(int k, double score, double distance, long id, Chunk chunk, int row) {
        scores[k] = score;
        distances[k] = distance;
        ids[k] = id;
        chunks[k] = chunk;
        rows[k] = row;
    }

    private void swap(int a, int b) {
        double s = scores[a];
        double d = distances[a];
        long id = ids[a];
        Chunk c = chunks[a];
        int r = rows[a];
        set(a, scores[b], distances[b], ids[b], chunks[b], rows[b]);
        set(b, s, d, id, c, r);
    }

    private void grow() {
        int capacity = (int) Math.min((long) limit, scores.length * 2L);
        scores = Arrays.copyOf(scores, capacity);
        distances = Arrays.copyOf(distances, capacity);
        ids = Arrays.copyOf(ids, capacity);
        chunks = Arrays.copyOf(chunks, capacity);
        rows = Arrays.copyOf(rows, capacity);
    }
}

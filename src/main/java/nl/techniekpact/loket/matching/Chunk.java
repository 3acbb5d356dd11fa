package nl.techniekpact.loket.matching;

import java.util.Arrays;

/**
 * An immutable block of at most {@link #CAPACITY} listings of one grid cell, stored column by column in primitive
 * arrays (subjects and stems as compressed rows: the ids of row {@code i} are {@code subjects[subjectStart[i] ..
 * subjectStart[i + 1])}). A change makes a new chunk ({@link #with}, {@link #without}); readers of an older
 * snapshot keep the old one.
 */
final class Chunk {

    static final int CAPACITY = 1024;

    final int size;
    final long[] ids;
    /** Unit vectors, interleaved: row {@code i} is at {@code xyz[3i], xyz[3i + 1], xyz[3i + 2]}. */
    final double[] xyz;
    final int[] travelKm;
    final byte[] types;
    final byte[] levels;
    final byte[] venues;
    final int[] from;
    final int[] until;
    final int[] places;
    final int[] subjectStart;
    final int[] subjects;
    final int[] tokenStart;
    final int[] tokens;
    /** Blocked days as epoch-day pairs: row {@code i}'s are {@code blocked[blockedStart[i] .. blockedStart[i + 1])}. */
    final int[] blockedStart;
    final int[] blocked;
    /** Summary of the rows, so that a query can pass over a chunk none of whose rows passes its filters. */
    final byte typesUnion;
    final byte levelsUnion;
    final int minFrom;
    final int maxUntil;
    final boolean anyPlaces;

    private Chunk(Builder b) {
        size = b.size;
        ids = Arrays.copyOf(b.ids, size);
        xyz = Arrays.copyOf(b.xyz, 3 * size);
        travelKm = Arrays.copyOf(b.travelKm, size);
        types = Arrays.copyOf(b.types, size);
        levels = Arrays.copyOf(b.levels, size);
        venues = Arrays.copyOf(b.venues, size);
        from = Arrays.copyOf(b.from, size);
        until = Arrays.copyOf(b.until, size);
        places = Arrays.copyOf(b.places, size);
        subjectStart = Arrays.copyOf(b.subjectStart, size + 1);
        subjects = Arrays.copyOf(b.subjects, b.subjectStart[size]);
        tokenStart = Arrays.copyOf(b.tokenStart, size + 1);
        tokens = Arrays.copyOf(b.tokens, b.tokenStart[size]);
        blockedStart = Arrays.copyOf(b.blockedStart, size + 1);
        blocked = Arrays.copyOf(b.blocked, b.blockedStart[size]);
        int t = 0;
        int l = 0;
        int first = Row.OPEN_END;
        int last = Row.OPEN_START;
        boolean free = false;
        for (int i = 0; i < size; i++) {
            t |= types[i];
            l |= levels[i];
            first = Math.min(first, from[i]);
            last = Math.max(last, until[i]);
            free |= places[i] != 0;
        }
        typesUnion = (byte) t;
        levelsUnion = (byte) l;
        minFrom = first;
        maxUntil = last;
        anyPlaces = free;
    }

    /** This chunk with {@code row} added at the end. */
    Chunk with(Row row) {
        Builder builder = new Builder();
        for (int i = 0; i < size; i++) {
            builder.add(this, i);
        }
        return builder.add(row).build();
    }

    /** This chunk without its row {@code index}, or {@code null} if that was the only one. */
    Chunk without(int index) {
        if (size == 1) {
            return null;
        }
        Builder builder = new Builder();
        for (int i = 0; i < size; i++) {
            if (i != index) {
                builder.add(this, i);
            }
        }
        return builder.build();
    }

    int indexOf(long id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    int[] tokensOf(int i) {
        return Arrays.copyOfRange(tokens, tokenStart[i], tokenStart[i + 1]);
    }

    /** Collects rows for a new chunk. */
    static final class Builder {
        int size;
        final long[] ids = new long[CAPACITY];
        final double[] xyz = new double[3 * CAPACITY];
        final int[] travelKm = new int[CAPACITY];
        final byte[] types = new byte[CAPACITY];
        final byte[] levels = new byte[CAPACITY];
        final byte[] venues = new byte[CAPACITY];
        final int[] from = new int[CAPACITY];
        final int[] until = new int[CAPACITY];
        final int[] places = new int[CAPACITY];
        final int[] subjectStart = new int[CAPACITY + 1];
        int[] subjects = new int[CAPACITY * 2];
        final int[] tokenStart = new int[CAPACITY + 1];
        int[] tokens = new int[CAPACITY * 16];
        final int[] blockedStart = new int[CAPACITY + 1];
        int[] blocked = new int[0];

        boolean full() {
            return size == CAPACITY;
        }

        Builder add(Row row) {
            put(row.id(), row.x(), row.y(), row.z(), row.travelKm(), row.types(), row.levels(),
                    row.venues(), row.from(), row.until(), row.places());
            appendBlocked(row.blocked(), 0, row.blocked().length);
            appendIds(row.subjects(), 0, row.subjects().length, row.tokens(), 0, row.tokens().length);
            return this;
        }

        Builder add(Chunk c, int i) {
            put(c.ids[i], c.xyz[3 * i], c.xyz[3 * i + 1], c.xyz[3 * i + 2], c.travelKm[i], c.types[i], c.levels[i],
                    c.venues[i], c.from[i], c.until[i], c.places[i]);
            appendBlocked(c.blocked, c.blockedStart[i], c.blockedStart[i + 1]);
            appendIds(c.subjects, c.subjectStart[i], c.subjectStart[i + 1], c.tokens, c.tokenStart[i],
                    c.tokenStart[i + 1]);
            return this;
        }

        Chunk build() {
            return new Chunk(this);
        }

        private void put(long id, double px, double py, double pz, int travel, byte t, byte l, byte v, int f,
                         int u, int p) {
            if (full()) {
                throw new IllegalStateException("chunk is full");
            }
            ids[size] = id;
            xyz[3 * size] = px;
            xyz[3 * size + 1] = py;
            xyz[3 * size + 2] = pz;
            travelKm[size] = travel;
            types[size] = t;
            levels[size] = l;
            venues[size] = v;
            from[size] = f;
            until[size] = u;
            places[size] = p;
        }

        /** Appends the blocked pairs of the row being added; call before {@link #appendIds}, which counts it. */
        private void appendBlocked(int[] pairs, int pFrom, int pTo) {
            int at = blockedStart[size];
            if (at + pTo - pFrom > blocked.length) {
                blocked = Arrays.copyOf(blocked, Math.max(blocked.length * 2, at + pTo - pFrom));
            }
            System.arraycopy(pairs, pFrom, blocked, at, pTo - pFrom);
            blockedStart[size + 1] = at + pTo - pFrom;
        }

        private void appendIds(int[] s, int sFrom, int sTo, int[] t, int tFrom, int tTo) {
            int sAt = subjectStart[size];
            if (sAt + sTo - sFrom > subjects.length) {
                subjects = Arrays.copyOf(subjects, Math.max(subjects.length * 2, sAt + sTo - sFrom));
            }
            System.arraycopy(s, sFrom, subjects, sAt, sTo - sFrom);
            int tAt = tokenStart[size];
            if (tAt + tTo - tFrom > tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, tAt + tTo - tFrom));
            }
            System.arraycopy(t, tFrom, tokens, tAt, tTo - tFrom);
            size++;
            subjectStart[size] = sAt + sTo - sFrom;
            tokenStart[size] = tAt + tTo - tFrom;
        }
    }
}

package nl.techniekpact.loket.matching;

import java.util.Collection;
import java.util.Map;

/**
 * One immutable state of the index, published by the writer and read without locks: the grid cells with their
 * chunks, and the document frequency of every stem (in pages of {@value #PAGE_SIZE}, so that a change copies only
 * the pages it touches).
 */
final class Snapshot {

    static final int PAGE_BITS = 10;
    static final int PAGE_SIZE = 1 << PAGE_BITS;
    static final Snapshot EMPTY = new Snapshot(Map.of(), new int[0][], 0);

    private final Map<Integer, Cell> cells;
    private final int[][] dfPages;
    private final int size;

    Snapshot(Map<Integer, Cell> cells, int[][] dfPages, int size) {
        this.cells = Map.copyOf(cells);
        this.dfPages = dfPages;
        this.size = size;
    }

    Collection<Cell> cells() {
        return cells.values();
    }

    Cell cell(int key) {
        return cells.get(key);
    }

    Map<Integer, Cell> cellMap() {
        return cells;
    }

    int[][] dfPages() {
        return dfPages;
    }

    /** Live listings. */
    int size() {
        return size;
    }

    /** In how many listings the stem with this id occurs (0 for an id this snapshot does not know). */
    int df(int token) {
        int page = token >>> PAGE_BITS;
        if (token < 0 || page >= dfPages.length || dfPages[page] == null) {
            return 0;
        }
        return dfPages[page][token & (PAGE_SIZE - 1)];
    }

    /**
     * One grid cell: its listings that cannot be done online ({@code place}) and those that can ({@code online};
     * a query that accepts online looks at these in every cell, not only in the cells within reach).
     */
    record Cell(int key, Chunk[] place, Chunk[] online) {

        Chunk[] part(boolean onlinePart) {
            return onlinePart ? online : place;
        }

        Cell with(boolean onlinePart, Chunk[] chunks) {
            return onlinePart ? new Cell(key, place, chunks) : new Cell(key, chunks, online);
        }

        boolean isEmpty() {
            return place.length == 0 && online.length == 0;
        }
    }
}

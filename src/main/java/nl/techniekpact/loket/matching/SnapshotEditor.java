package nl.techniekpact.loket.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Makes the next {@link Snapshot} from the current one by copy-on-write: the cell map and the outer page array
 * are copied, and only the chunks and frequency pages a change touches. The old snapshot is never modified, so
 * readers holding it see a consistent state. Used by the single writer, one batch of changes at a time; also
 * builds a whole snapshot at once ({@link #bulk}), filling each chunk once instead of copying it per row.
 */
final class SnapshotEditor {

    private final Map<Integer, Snapshot.Cell> cells;
    private int[][] pages;
    private boolean[] pageCopied;
    private int size;

    SnapshotEditor(Snapshot base) {
        cells = new HashMap<>(base.cellMap());
        pages = Arrays.copyOf(base.dfPages(), Math.max(base.dfPages().length, 1) * 2);
        pageCopied = new boolean[pages.length];
        size = base.size();
    }

    /** Where a row lives, for the writer's id map: its cell key and whether it is in the online part. */
    static int location(Row row) {
        return row.cellKey() * 2 + (row.online() ? 1 : 0);
    }

    void add(Row row) {
        boolean online = row.online();
        Snapshot.Cell cell = cells.getOrDefault(row.cellKey(),
                new Snapshot.Cell(row.cellKey(), new Chunk[0], new Chunk[0]));
        Chunk[] chunks = cell.part(online);
        Chunk last = chunks.length == 0 ? null : chunks[chunks.length - 1];
        Chunk[] next;
        if (last == null || last.size == Chunk.CAPACITY) {
            next = Arrays.copyOf(chunks, chunks.length + 1);
            next[chunks.length] = new Chunk.Builder().add(row).build();
        } else {
            next = chunks.clone();
            next[chunks.length - 1] = last.with(row);
        }
        cells.put(row.cellKey(), cell.with(online, next));
        count(row.tokens(), 1);
        size++;
    }

    /** Removes listing {@code id} from the given location; false if it is not there. */
    boolean remove(long id, int location) {
        int key = location / 2;
        boolean online = location % 2 == 1;
        Snapshot.Cell cell = cells.get(key);
        if (cell == null) {
            return false;
        }
        Chunk[] chunks = cell.part(online);
        for (int c = 0; c < chunks.length; c++) {
            int index = chunks[c].indexOf(id);
            if (index < 0) {
                continue;
            }
            count(chunks[c].tokensOf(index), -1);
            Chunk rest = chunks[c].without(index);
            List<Chunk> next = new ArrayList<>(Arrays.asList(chunks));
            if (rest == null) {
                next.remove(c);
            } else {
                next.set(c, rest);
            }
            Snapshot.Cell changed = cell.with(online, next.toArray(Chunk[]::new));
            if (changed.isEmpty()) {
                cells.remove(key);
            } else {
                cells.put(key, changed);
            }
            size--;
            return true;
        }
        return false;
    }

    Snapshot build() {
        int used = pages.length;
        while (used > 0 && pages[used - 1] == null) {
            used--;
        }
        return new Snapshot(cells, Arrays.copyOf(pages, used), size);
    }

    /**
     * A snapshot of exactly these rows (ids distinct). Within each cell the rows are ordered by their type and level
     * masks before they are cut into chunks, so that most chunks hold one kind of listing and a query with a type
     * or level filter passes over whole chunks ({@link QueryPlan#mayMatch}). Rows added later go to the end of their
     * cell; building the index again restores the order.
     */
    static Snapshot bulk(Iterable<Row> rows) {
        Map<Integer, List<List<Row>>> byCell = new HashMap<>();
        int[] df = new int[Snapshot.PAGE_SIZE];
        int size = 0;
        for (Row row : rows) {
            byCell.computeIfAbsent(row.cellKey(), k -> List.of(new ArrayList<>(), new ArrayList<>()))
                    .get(row.online() ? 1 : 0).add(row);
            for (int token : row.tokens()) {
                if (token >= df.length) {
                    df = Arrays.copyOf(df, Math.max(df.length * 2, token + 1));
                }
                df[token]++;
            }
            size++;
        }
        Comparator<Row> kind = Comparator.<Row>comparingInt(r -> r.types() & 0xff)
                .thenComparingInt(r -> r.levels() & 0xff).thenComparingLong(Row::id);
        Map<Integer, Snapshot.Cell> cells = new HashMap<>();
        for (Iterator<Map.Entry<Integer, List<List<Row>>>> it = byCell.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, List<List<Row>>> cell = it.next();
            Chunk[][] parts = new Chunk[2][];
            for (int part = 0; part < 2; part++) {
                List<Row> list = cell.getValue().get(part);
                list.sort(kind);
                List<Chunk> chunks = new ArrayList<>();
                Chunk.Builder builder = new Chunk.Builder();
                for (Row row : list) {
                    builder.add(row);
                    if (builder.full()) {
                        chunks.add(builder.build());
                        builder = new Chunk.Builder();
                    }
                }
                if (builder.size > 0) {
                    chunks.add(builder.build());
                }
                parts[part] = chunks.toArray(Chunk[]::new);
            }
            cells.put(cell.getKey(), new Snapshot.Cell(cell.getKey(), parts[0], parts[1]));
            it.remove();
        }
        int[][] pages = new int[(df.length + Snapshot.PAGE_SIZE - 1) / Snapshot.PAGE_SIZE][];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = Arrays.copyOfRange(df, p * Snapshot.PAGE_SIZE, (p + 1) * Snapshot.PAGE_SIZE);
        }
        return new Snapshot(cells, pages, size);
    }

    private void count(int[] tokens, int delta) {
        for (int token : tokens) {
            int page = token >>> Snapshot.PAGE_BITS;
            ensurePage(page);
            pages[page][token & (Snapshot.PAGE_SIZE - 1)] += delta;
        }
    }

    private void ensurePage(int page) {
        if (page >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(pages.length * 2, page + 1));
            pageCopied = Arrays.copyOf(pageCopied, pages.length);
        }
        if (pages[page] == null) {
            pages[page] = new int[Snapshot.PAGE_SIZE];
            pageCopied[page] = true;
        } else if (!pageCopied[page]) {
            pages[page] = pages[page].clone();
            pageCopied[page] = true;
        }
    }
}

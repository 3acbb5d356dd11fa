package nl.techniekpact.loket.matching;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns strings (subject codes, text stems) as small dense ids, so that a listing stores ints and queries
 * compare ints. Ids are never reused. {@link #intern} is called by the index's single writer only; {@link #find}
 * may be called by any reader at the same time (a reader may see an id newer than its snapshot; such an id
 * occurs in none of the snapshot's listings, so it simply does not match).
 */
final class Dictionary {

    static final int UNKNOWN = -1;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private int next;

    /** The id of {@code value}, assigned now if it is new. Writer only. */
    int intern(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int assigned = next++;
        ids.put(value, assigned);
        return assigned;
    }

    /** The id of {@code value}, or {@link #UNKNOWN}. */
    int find(String value) {
        Integer id = ids.get(value);
        return id == null ? UNKNOWN : id;
    }

    int size() {
        return ids.size();
    }
}

package nl.techniekpact.skills.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** URIs to dense ids, and links between ids as arrays. */
final class Ids {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> uris = new ArrayList<>();

    int add(String uri) {
        return ids.computeIfAbsent(uri, u -> {
            uris.add(u);
            return uris.size() - 1;
        });
    }

    Integer find(String uri) {
        return ids.get(uri);
    }

    int of(String uri) {
        return ids.get(uri);
    }

    String uri(int id) {
        return uris.get(id);
    }

    int size() {
        return uris.size();
    }

    static int[][] adjacency(int size, List<EscoGraph.Link> links, Ids from, Ids to) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        for (EscoGraph.Link l : links) {
            Integer a = from.find(l.source());
            Integer b = to.find(l.target());
            if (a != null && b != null && !a.equals(b)) {
                lists.get(a).add(b);
                lists.get(b).add(a);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).distinct().toArray()).toArray(int[][]::new);
    }

    static int[][] directed(int size, List<EscoGraph.Link> links, Ids from, Ids to) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        for (EscoGraph.Link l : links) {
            Integer a = from.find(l.source());
            Integer b = to.find(l.target());
            if (a != null && b != null) {
                lists.get(a).add(b);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).distinct().toArray()).toArray(int[][]::new);
    }
}

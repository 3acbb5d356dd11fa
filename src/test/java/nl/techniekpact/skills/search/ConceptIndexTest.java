package nl.techniekpact.skills.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConceptIndexTest {

    private static ConceptIndex.Doc doc(String id, String kind, String lang, String preferred, String... alternatives) {
        List<ConceptIndex.Label> labels = new java.util.ArrayList<>();
        labels.add(new ConceptIndex.Label(lang, preferred, true));
        for (String alternative : alternatives) {
            labels.add(new ConceptIndex.Label(lang, alternative, false));
        }
        return new ConceptIndex.Doc("http://data.europa.eu/esco/" + kind + "/" + id, id, kind, labels);
    }

    private final ConceptIndex index = new ConceptIndex(List.of(
            doc("1", "occupation", "nl", "lasser", "lasser metaal"),
            doc("2", "occupation", "nl", "pijplasser"),
            doc("3", "occupation", "nl", "monteur elektrische installaties", "elektricien", "installatie-elektricien"),
            doc("4", "skill", "en", "weld metal parts"),
            doc("5", "occupation", "nl", "onderhoudsmonteur"),
            doc("6", "skill", "nl", "lassen", "metaal lassen")));

    private List<String> ids(String query, String lang) {
        return index.search(query, lang, null, 5).stream().map(h -> h.doc().id()).toList();
    }

    @Test
    void ranksTheExactPreferredLabelFirst() {
        assertThat(ids("lasser", "nl")).first().isEqualTo("1");
        assertThat(ids("Lasser", "nl")).contains("1");
    }

    @Test
    void findsAlternativeLabelsTyposPrefixesAndCompoundTails() {
        assertThat(ids("elektricien", "nl")).first().isEqualTo("3");
        assertThat(ids("elektrisien", "nl")).first().isEqualTo("3");
        assertThat(ids("onderhoudsmont", "nl")).first().isEqualTo("5");
        assertThat(ids("monteur", "nl")).contains("3", "5");
        assertThat(ids("las", "nl")).contains("1", "6");
        assertThat(ids("welding", "en")).containsExactly("4");
    }

    @Test
    void filtersByKindAndShowsTheLabelInTheAskedLanguage() {
        assertThat(index.search("las", "nl", "skill", 5)).extracting(h -> h.doc().id()).containsExactly("6");
        ConceptIndex.Hit hit = index.search("elektricien", "nl", null, 1).getFirst();
        assertThat(hit.label()).isEqualTo("monteur elektrische installaties");
        assertThat(hit.matched()).isEqualTo("elektricien");
        assertThat(hit.matchedPreferred()).isFalse();
        assertThat(index.search("   ", "nl", null, 5)).isEmpty();
    }

    @Test
    void measuresTypingDistanceWithSwaps() {
        assertThat(Text.distance("lasser", "lasesr", 2)).isEqualTo(1);
        assertThat(Text.distance("timerman", "timmerman", 2)).isEqualTo(1);
        assertThat(Text.distance("abc", "xyzuvw", 2)).isEqualTo(3);
        assertThat(Text.stem("lassen")).isEqualTo(Text.stem("las"));
        assertThat(Text.stem("lasser")).isNotEqualTo(Text.stem("lassen"));
        assertThat(Text.terms("auto-elektricien")).containsExactly("auto", "elektricien", "autoelektricien");
    }
}

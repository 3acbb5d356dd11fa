package nl.techniekpact.loket;

import java.util.List;

/** The fixed vocabulary of the Loket's forms: school subjects and the vmbo profiles (codes; names in the messages). */
public final class LoketVocabulary {

    /** Subjects of po/vo/mbo and the technical vmbo profiles (BWI, PIE, MVI, M&T, maritiem en techniek). */
    public static final List<String> SUBJECTS = List.of("techniek", "natuurkunde", "scheikunde", "biologie",
            "wiskunde", "informatica", "nlt", "onderzoek-ontwerpen", "bwi", "pie", "mvi", "mt", "maritiem-techniek",
            "loopbaanorientatie");

    private LoketVocabulary() {
    }
}

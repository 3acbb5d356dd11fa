package nl.techniekpact.loket.web;

import java.util.List;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Venue;

/** The choices an offer or request form offers (codes; the pages show their names from the messages). */
public record ListingOptions(List<ActivityType> types, List<Level> levels, List<Venue> venues, List<String> subjects) {

    static final ListingOptions INSTANCE = new ListingOptions(List.of(ActivityType.values()), List.of(Level.values()),
            List.of(Venue.values()), nl.techniekpact.loket.LoketVocabulary.SUBJECTS);
}

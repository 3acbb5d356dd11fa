package nl.techniekpact.monitor;

import java.time.LocalDate;

/** Where a figure comes from: the import that stored it, with its dataset, organisation, file and date. */
public record Provenance(long importId, String format, String dataset, String organisation, String file,
                         LocalDate retrievedOn, boolean provisional) {
}

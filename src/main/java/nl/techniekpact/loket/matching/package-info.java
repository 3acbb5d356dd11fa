/**
 * The Loket's in-memory matching engine: given a school's request (or a company's offer) as a {@link
 * nl.techniekpact.loket.matching.Query}, find the best {@link nl.techniekpact.loket.matching.Listing}s of the
 * other side in a {@link nl.techniekpact.loket.matching.MatchIndex}, each with a score and the reasons behind it.
 * Plain Java: no Spring, no database; the module around it loads the listings and keeps the index current.
 */
package nl.techniekpact.loket.matching;

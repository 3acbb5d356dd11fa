/**
 * Work-to-work matching (no Spring, no database): for a skills profile, the ESCO occupations ranked by fit, each
 * with the skills shared and missing and the reasons in words. Built from the loaded ESCO data by
 * {@code skills.internal.MatchEngineHolder} and rebuilt after every ESCO import.
 */
package nl.techniekpact.skills.matching;

/**
 * Reporting rounds: the office opens a round, owners and coordinators submit their updates (drafts allowed),
 * the office returns or approves them; approved updates become the published status. Every step is kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "pact", "shared", "system"})
package nl.techniekpact.rounds;

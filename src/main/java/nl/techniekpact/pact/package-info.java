/**
 * The pact registry: editions, lines and themes, goals, actions with their status history, partners, regions
 * with their agendas and examples, and search over all pact text. Types at this package's root are its API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "system"})
package nl.techniekpact.pact;

/**
 * The Techniekpactmonitor: indicators, geographies, observations, targets and the importers that load them.
 * Types at this package's root are its API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "charts", "importers", "pact", "shared", "system"})
package nl.techniekpact.monitor;

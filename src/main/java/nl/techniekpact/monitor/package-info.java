/**
 * The Techniekpactmonitor: indicators, geographies, observations, targets and the importers that load them.
 * Types at this package's root are its API.
 */
package nl.techniekpact.monitor;

/**
 * Reports: the yearly progress report (Voortgangsrapportage) and the regional factsheets, built as a model
 * from the pact, the reporting rounds and the monitor, rendered to HTML, PDF and Word, and frozen so that a
 * published report can be produced again byte for byte. Types at this package's root are its API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "charts", "monitor", "pact", "shared", "system"})
package nl.techniekpact.reports;

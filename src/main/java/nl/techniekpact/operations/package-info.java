/**
 * Operating the platform: backup of the whole platform to one file and restore of that file into an empty
 * install (command line and the office API).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "audit", "shared", "system"})
package nl.techniekpact.operations;

/**
 * Pure parsers for the monitor's source files (DUO open-data CSV, CBS StatLine OData v3 and v4 JSON, the CBS
 * municipality crosswalk, and any CSV or xlsx table read with a saved column mapping): bytes in,
 * {@link nl.techniekpact.importers.ParseResult} out, with every error located by file, line and
 * column. No Spring, no database: storing is the caller's business.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.techniekpact.importers;

/**
 * Pure parsers for the monitor's and the Loket's source files (DUO open-data CSV and school registers, CBS StatLine
 * OData v3 and v4 JSON, the CBS municipality crosswalk, any CSV or xlsx table read with a saved column mapping, the
 * KvK SBI list, GeoNames postcode areas) and small value rules (postcodes, KvK numbers, great-circle distance): bytes in,
 * {@link nl.techniekpact.importers.ParseResult} out, with every error located by file, line and
 * column. No Spring, no database: storing is the caller's business.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.techniekpact.importers;

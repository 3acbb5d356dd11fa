/**
 * The Loket: schools (from the DUO registers) and technical companies (who register themselves) publish requests
 * and offers for guest lessons, company visits, career days, teacher internships, projects and hybrid-teacher
 * hours, find each other by distance, level, type, dates and text, and agree activities whose reach the monitor
 * counts. People are accounts in an organisation of kind SCHOOL or COMPANY; what a person may see and change
 * follows from their confirmed tie to a school location or company ({@code loket_member}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "importers", "monitor", "shared", "system"})
package nl.techniekpact.loket;

/**
 * Skills: ESCO as the platform's common skills language — occupations, skills, skill groups and ISCO groups from
 * any ESCO CSV release (the shipped files and an office's upload), with the version of every fact, and
 * autocomplete search over their Dutch and English labels.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "importers", "loket", "shared", "system"})
package nl.techniekpact.skills;

package nl.techniekpact.schemes;

/** Who may apply for a scheme. {@code EMPLOYER}: an employer whose size class the source does not give. */
public enum Applicant {
    INDIVIDUAL, EMPLOYER, EMPLOYER_SME, EMPLOYER_LARGE, PARTNERSHIP, SCHOOL, KNOWLEDGE_INSTITUTION, SECTOR_FUND,
    GOVERNMENT, FOUNDATION
}

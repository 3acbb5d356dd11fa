package nl.techniekpact.schemes;

/** What a scheme pays for. */
public enum Purpose {
    TRAINING, CAREER_ADVICE, RETRAINING_TECH_ICT, PRACTICAL_LEARNING, PARTNERSHIP
}

package nl.techniekpact.schemes;

/** Who runs a scheme, by tier of government. */
public enum SchemeLevel {
    NATIONAL, PROVINCE, REGION, SECTOR, EUROPEAN
}

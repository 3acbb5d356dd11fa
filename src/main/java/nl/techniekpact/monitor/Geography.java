package nl.techniekpact.monitor;

/** A region the monitor knows: the Netherlands, a landsdeel, province, labour-market region, municipality … */
public record Geography(String code, Kind kind, String name) {

    /**
     * {@code RMC_REGION}, {@code SWV_VO} and {@code SWV_PO} are the school divisions of the Regioatlas 2016 (RMC
     * regions; samenwerkingsverbanden passend onderwijs vo and po), see ADR 0009. {@code VMBO_REGION} is reserved
     * for the Sterk Techniekonderwijs regions, which no source file of the monitor holds.
     */
    public enum Kind {
        COUNTRY, CBS_LANDSDEEL, TP_LANDSDEEL, PROVINCE, LABOUR_MARKET_REGION, COROP, VMBO_REGION, MUNICIPALITY,
        RMC_REGION, SWV_VO, SWV_PO
    }
}

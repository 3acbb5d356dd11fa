package nl.techniekpact.monitor;

/** A region the monitor knows: the Netherlands, a landsdeel, province, labour-market region, municipality … */
public record Geography(String code, Kind kind, String name) {

    public enum Kind {
        COUNTRY, LANDSDEEL, TP_LANDSDEEL, PROVINCE, LABOUR_MARKET_REGION, COROP, VMBO_REGION, MUNICIPALITY
    }
}

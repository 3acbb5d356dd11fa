package nl.techniekpact.bench;

import java.util.List;

import nl.techniekpact.loket.matching.ActivityType;

/**
 * The technical subjects the Loket's generated listings are about: a subject code, and pairs of how a school
 * would ask for it and how a company would describe an activity on it (the pair shares words, as real requests
 * and offers on the same thing do), in Dutch.
 */
final class LoketTopics {

    /** A subject with the kinds of company that offer it and (request phrase, offer phrase) pairs. */
    record Topic(String subject, List<String> companies, List<String[]> phrases) {
    }

    static final List<Topic> TOPICS = List.of(
            topic("informatica", List.of("softwarebedrijf", "robotbouwer"),
                    "robots bouwen en programmeren", "Robots bouwen en programmeren met Lego",
                    "programmeren met micro:bits", "Programmeren met micro:bits: lampjes, sensoren en motoren",
                    "een robotarm in de fabriek", "Hoe een robotarm in de fabriek werkt"),
            topic("energie", List.of("installatiebedrijf", "energiecoöperatie"),
                    "zonnepanelen", "Hoe werken zonnepanelen? Proefjes met zonne-energie",
                    "windmolens", "Windmolens en windenergie: bouw zelf een windmolen",
                    "energie besparen", "Energie besparen op school: meten met een energiemeter"),
            topic("bouw", List.of("bouwbedrijf", "aannemer"),
                    "de bouwplaats", "Rondleiding op de bouwplaats: van fundering tot dak",
                    "timmeren en metselen", "Timmeren en metselen met echte bouwvakkers",
                    "bouwtekeningen en maquettes", "Bouwtekeningen lezen en een maquette maken"),
            topic("zorg", List.of("ziekenhuis", "revalidatiecentrum"),
                    "zorgrobots", "Zorgrobots en hulpmiddelen uitproberen",
                    "techniek in het ziekenhuis", "Techniek in het ziekenhuis: van röntgenfoto tot hartmonitor"),
            topic("water", List.of("waterschap", "drinkwaterbedrijf"),
                    "dijken en gemalen", "Waarom staan onze voeten droog? Dijken, gemalen en waterbeheer",
                    "drinkwater", "Van rivierwater naar drinkwater: zo werkt de zuivering"),
            topic("voeding", List.of("melkveebedrijf", "tuinbouwbedrijf"),
                    "de melkrobot", "De melkrobot en andere techniek op de boerderij",
                    "de kas", "Tomaten uit de kas: sensoren, ledlicht en klimaatcomputers"),
            topic("metaal", List.of("metaalbedrijf", "constructiebedrijf"),
                    "lassen", "Lassen en zagen in onze metaalwerkplaats",
                    "cnc-frezen", "Van staalplaat tot product: CNC-frezen"),
            topic("elektrotechniek", List.of("elektrotechnisch installatiebedrijf", "netbeheerder"),
                    "stroomkringen", "Stroomkringen bouwen met lampjes en schakelaars",
                    "solderen", "Leren solderen: maak een knipperlicht"),
            topic("mobiliteit", List.of("autobedrijf", "fietsenfabriek"),
                    "elektrische auto's", "Hoe werkt een elektrische auto? Accu's en laadpalen",
                    "fietsen repareren", "Fietsen repareren en versnellingen begrijpen"),
            topic("luchtvaart", List.of("dronebedrijf", "vliegtuigonderhoudsbedrijf"),
                    "drones", "Drones vliegen en programmeren",
                    "vliegtuigen", "Waarom vliegt een vliegtuig? Luchtvaarttechniek"),
            topic("ontwerpen", List.of("ontwerpbureau", "makerspace"),
                    "3d-printen", "Ontwerp een sleutelhanger en print hem op de 3D-printer",
                    "uitvinden", "Uitvinders gezocht: van schets tot prototype"),
            topic("logistiek", List.of("distributiecentrum", "havenbedrijf"),
                    "de haven", "Containers, kranen en schepen in de haven",
                    "pakketjes", "Hoe een pakketje bij je thuis komt: het distributiecentrum"),
            topic("natuurkunde", List.of("laboratorium", "technisch adviesbureau"),
                    "licht en geluid", "Proefjes met licht, lenzen en geluid",
                    "magneten", "Magneten en elektromotoren: proefjes in de klas"));

    private LoketTopics() {
    }

    private static Topic topic(String subject, List<String> companies, String... pairs) {
        List<String[]> phrases = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            phrases.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return new Topic(subject, companies, List.copyOf(phrases));
    }

    /** The word a school uses for an activity type. */
    static String word(ActivityType type) {
        return switch (type) {
            case GASTLES -> "gastles";
            case BEDRIJFSBEZOEK -> "bedrijfsbezoek";
            case CAREER_DAY -> "techniekdag";
            case DOCENTENSTAGE -> "docentenstage";
            case PROJECT -> "project";
            case HYBRID_TEACHING -> "hybride docent";
        };
    }

    /** What a company writes after its offer phrase, by type. */
    static String closing(ActivityType type) {
        return switch (type) {
            case GASTLES -> "Een collega komt naar de klas.";
            case BEDRIJFSBEZOEK -> "De klas is welkom op ons terrein.";
            case CAREER_DAY -> "Met stands van bedrijven uit de regio.";
            case DOCENTENSTAGE -> "Leerkrachten lopen een week mee.";
            case PROJECT -> "Een project van zes weken met een eindpresentatie.";
            case HYBRID_TEACHING -> "Een vakman geeft wekelijks les.";
        };
    }
}

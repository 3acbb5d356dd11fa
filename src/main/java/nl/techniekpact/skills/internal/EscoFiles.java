package nl.techniekpact.skills.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the official ESCO CSV download, recognised by name: {@code occupations_nl.csv},
 * {@code skills_en-us.csv}, {@code ISCOGroups_nl.csv}, {@code skillGroups_nl.csv}, {@code skillsHierarchy_nl.csv},
 * {@code broaderRelationsOccPillar.csv}, {@code broaderRelationsSkillPillar.csv}, {@code skillSkillRelations.csv},
 * {@code occupationSkillRelations.csv}, and the collections ({@code transversalSkillsCollection_nl.csv}, …). The
 * language is the suffix after the last underscore; relation files may carry one too (later releases do).
 */
final class EscoFiles {

    enum Type { OCCUPATIONS, SKILLS, ISCO_GROUPS, SKILL_GROUPS, HIERARCHY, BROADER, SKILL_SKILL, OCCUPATION_SKILL,
        COLLECTION }

    record Kind(Type type, String lang, String collection) {
    }

    private static final Pattern NAME = Pattern.compile("([A-Za-z]+?)(?:_([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?))?\\.csv");

    private EscoFiles() {
    }

    /** The kind of file, or null for a name the ESCO download does not use. */
    static Kind of(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1).toLowerCase(Locale.ROOT);
        String lang = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
        Type type = switch (base) {
            case "occupations" -> Type.OCCUPATIONS;
            case "skills" -> Type.SKILLS;
            case "iscogroups" -> Type.ISCO_GROUPS;
            case "skillgroups" -> Type.SKILL_GROUPS;
            case "skillshierarchy" -> Type.HIERARCHY;
            case "broaderrelationsoccpillar", "broaderrelationsskillpillar" -> Type.BROADER;
            case "skillskillrelations" -> Type.SKILL_SKILL;
            case "occupationskillrelations" -> Type.OCCUPATION_SKILL;
            default -> base.endsWith("collection") && base.length() > "collection".length() ? Type.COLLECTION : null;
        };
        if (type == null) {
            return null;
        }
        boolean labelled = type != Type.BROADER && type != Type.SKILL_SKILL && type != Type.OCCUPATION_SKILL;
        if (labelled && lang == null) {
            return null;
        }
        String collection = type == Type.COLLECTION
                ? base.substring(0, base.length() - "collection".length()).replaceAll("skills$", "") : null;
        return new Kind(type, labelled ? lang : null, collection);
    }
}

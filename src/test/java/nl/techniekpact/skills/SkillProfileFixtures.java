package nl.techniekpact.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.skills.internal.EscoDataLoader;
import org.springframework.stereotype.Component;

/** ESCO concepts the profile tests use, the constructed relations file, and signed-in people. */
@Component
public class SkillProfileFixtures {

    public static final String O = "http://data.europa.eu/esco/occupation/";
    public static final String S = "http://data.europa.eu/esco/skill/";
    public static final String LASSER = O + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    public static final String PIJPLASSER = O + "2ff73126-7aff-4233-9d9c-d8725e1c6822";
    public static final String KABELMONTEUR = O + "0c328e98-6e4e-4e96-b99c-56851e666ad0";
    public static final String BOVENGRONDS = O + "7052fd94-f563-46a9-8e2d-cba6c20f3e71";
    public static final String WELD_EQUIPMENT = S + "2ee57de4-bffd-4194-b009-0060edec77cc";
    public static final String DRAWINGS = S + "b07daddc-8625-4360-946e-ad2b0e56ebf6";
    public static final String TEAMWORK = S + "a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01";
    public static final String MAG_WELDING = S + "60ff3eac-7d4d-4e51-87b8-74c3b5d62498";
    public static final String PROTECTIVE_GEAR = S + "6122d586-5978-431f-8e7a-96e61fc1f3fc";
    static final String RELATIONS = "/esco/constructed-occupation-skill-relations/occupationSkillRelations.csv";

    private final EscoDataLoader loader;
    private final EscoImports imports;
    private final TestUsers users;

    SkillProfileFixtures(EscoDataLoader loader, EscoImports imports, TestUsers users) {
        this.loader = loader;
        this.imports = imports;
        this.users = users;
    }

    public void loadEsco() {
        loader.loadIfEmpty();
    }

    /** Imports the constructed occupation–skill relations (test data, not ESCO's: see its README). */
    public void loadConstructedRelations() {
        try (InputStream in = SkillProfileFixtures.class.getResourceAsStream(RELATIONS)) {
            EscoRelease.Result result = imports.importRelease(new EscoRelease.Request("1.1", "test:constructed-relations",
                    List.of(SourceFile.of("occupationSkillRelations.csv", in.readAllBytes()))), Actor.system("test"));
            if (result.failed() || !result.unjoined().isEmpty()) {
                throw new IllegalStateException("constructed relations do not join: " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestUsers.User person() {
        return users.create(Role.READER, "office");
    }

    public WebSession signedIn(TestUsers.User user, int port) {
        WebSession web = new WebSession(port);
        web.login(user.email(), TestUsers.PASSWORD);
        return web;
    }
}

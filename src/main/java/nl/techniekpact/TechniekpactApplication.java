package nl.techniekpact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the platform; {@code java -jar techniekpact.jar import …} instead runs one monitor import without the
 * web server and exits with its result, and {@code backup FILE} / {@code restore FILE} back the platform up or
 * restore it (see the README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TechniekpactApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            // nothing of the platform's own start-up loading runs: a restore goes into the install as migrated
            var context = new SpringApplicationBuilder(TechniekpactApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("techniekpact.command=" + args[0], "techniekpact.monitor.import-directory=",
                            "techniekpact.monitor.open-data.load=false", "techniekpact.loket.reference-data.load=false",
                            "techniekpact.skills.esco.load=false", "spring.main.banner-mode=off")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        if (args.length > 0 && args[0].equals("import")) {
            var context = new SpringApplicationBuilder(TechniekpactApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("techniekpact.command=import", "techniekpact.monitor.import-directory=",
                            "spring.main.banner-mode=off")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(TechniekpactApplication.class, args);
    }
}

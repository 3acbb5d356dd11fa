package nl.techniekpact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the platform; {@code java -jar techniekpact.jar import …} instead runs one monitor import without the
 * web server and exits with its result (see the README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TechniekpactApplication {

    public static void main(String[] args) {
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

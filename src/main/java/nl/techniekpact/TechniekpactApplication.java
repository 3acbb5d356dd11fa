package nl.techniekpact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TechniekpactApplication {

    public static void main(String[] args) {
        SpringApplication.run(TechniekpactApplication.class, args);
    }
}

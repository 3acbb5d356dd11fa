package nl.techniekpact.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs the platform on an embedded PostgreSQL server when no external server is configured
 * ({@code spring.datasource.url}, e.g. from {@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Plan every statement with its real parameter values: a cached generic plan misjudges the jsonb breakdown
     * filters of the monitor by orders of magnitude (docs/benchmarks.md, "Monitor query benchmark").
     */
    static final String PLAN_EVERY_TIME = "set plan_cache_mode = force_custom_plan";

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setConnectionTimeout(DatabaseWatch.CONNECTION_TIMEOUT.toMillis());
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded-postgres");
        dataSource.setConnectionInitSql(PLAN_EVERY_TIME);
        return dataSource;
    }

    /** The migrations run as the schema's owner; the platform serves as a role that cannot change the schema. */
    @Bean
    FlywayConfigurationCustomizer migrateAsSchemaOwner(EmbeddedPostgresServer server) {
        return flyway -> flyway.dataSource(server.jdbcUrl(), server.ownerUsername(), server.ownerPassword());
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

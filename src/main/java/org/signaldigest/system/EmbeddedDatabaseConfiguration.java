package org.signaldigest.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, the app and the import CLI run on an embedded
 * PostgreSQL whose data stays in {@link EmbeddedDatabaseProperties#dataDirectory()}. With
 * it, Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.startOrShare(properties.dataDirectory().toAbsolutePath(), properties.port());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username("postgres")
			.build();
	}

}

package org.signaldigest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A slice for the tests of queries and of the import on the real database: the data layer
 * (DataSource, Flyway, JPA, JDBC templates) and the application's services, repositories
 * and configuration ({@link ApplicationServices}), without the web layer. The test
 * database is the one of the run ({@link TestDatabase}); each test runs outside a
 * transaction, as the import commits its pages in threads of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ApplicationServices.class))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(TaskExecutionAutoConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface DatabaseTest {

}

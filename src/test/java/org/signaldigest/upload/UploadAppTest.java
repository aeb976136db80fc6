package org.signaldigest.upload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.EmptyDatabaseExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole app on a real port and the test database, emptied before each test, with
 * small upload limits so that the tests can pass them: 64 KB a page, 20 entries and 1 MB
 * of pages a zip, 3 MB a request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "digest.admin.username=" + UploadAppTest.USER, "digest.admin.password=" + UploadAppTest.PASSWORD,
				"digest.upload.max-file-size=64KB", "digest.upload.max-zip-entries=20",
				"digest.upload.max-zip-bytes=1MB", "spring.servlet.multipart.max-file-size=3MB",
				"spring.servlet.multipart.max-request-size=3MB" })
@AutoConfigureMockMvc
@ExtendWith(EmptyDatabaseExtension.class)
public @interface UploadAppTest {

	String USER = "importer";

	String PASSWORD = "s3cret-for-tests";

}

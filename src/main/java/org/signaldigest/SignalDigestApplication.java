package org.signaldigest;

import java.util.Arrays;

import org.signaldigest.importing.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the web app, or with {@code import PATH...} as arguments, the import command line.
 */
@SpringBootApplication
public class SignalDigestApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
			int status = new ImportCommand(SignalDigestApplication.class, System.out, System.err,
					System.console() != null)
				.run(Arrays.asList(args).subList(1, args.length));
			System.exit(status);
		}
		SpringApplication.run(SignalDigestApplication.class, args);
	}

}

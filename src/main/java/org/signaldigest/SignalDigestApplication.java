package org.signaldigest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SignalDigestApplication {

	public static void main(String[] args) {
		SpringApplication.run(SignalDigestApplication.class, args);
	}

}

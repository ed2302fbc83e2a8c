package it.albopec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Albo PEC: the back-office in which an OMCeO runs its register and its convention PEC mailboxes. */
@SpringBootApplication
@Modulithic(sharedModules = "base")
@EnableScheduling
public class AlboPecApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlboPecApplication.class, args);
    }
}

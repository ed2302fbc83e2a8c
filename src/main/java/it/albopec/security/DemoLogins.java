package it.albopec.security;

import java.util.List;

/**
 * Demo logins that other modules create (the members' accounts of the self-service module), shown on the login page
 * next to the staff ones when the demo data is loaded.
 */
public interface DemoLogins {

    /** "user name — what it shows", e.g. "RSSMRA80A01G999X — Prato, casella attiva". */
    List<String> demoLogins();
}

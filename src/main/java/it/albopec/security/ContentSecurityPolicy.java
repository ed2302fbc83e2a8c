package it.albopec.security;

/**
 * The Content-Security-Policy of every page: everything from this origin only, nothing framed, no plugins, forms posted
 * only here. Vaadin Flow needs two relaxations, both limited to this origin's own code: its bootstrap page carries an
 * inline script and its client runs the JavaScript the server sends with {@code executeJs} through {@code new Function}
 * ('unsafe-inline' and 'unsafe-eval' in script-src); its components set inline styles (style-src 'unsafe-inline').
 * No third-party host is allowed anywhere, so an injected script could not load code or send data elsewhere.
 * Checked in a real browser by {@code ContentSecurityPolicyE2ETest}.
 */
final class ContentSecurityPolicy {

    static final String DIRECTIVES = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {}
}

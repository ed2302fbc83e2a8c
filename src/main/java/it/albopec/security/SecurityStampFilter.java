package it.albopec.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in is no longer good ({@link SecurityStamps}): the user was disabled, or their password was
 * reset or changed elsewhere — on this node or any other. The session is invalidated and the request sent to the login
 * page, as Spring Security does with a session expired through the (node-local) session registry.
 */
class SecurityStampFilter extends OncePerRequestFilter {

    private final SecurityStamps stamps;

    SecurityStampFilter(SecurityStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read from the session itself, before anything loads the request's (deferred) security context: once the session
        // is invalidated, that context loads empty and the request is anonymous from here on
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal
                && !stamps.stillValid(principal)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            // like a session expired through the registry (ConcurrentSessionFilter's expiredUrl): back to the login page
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}

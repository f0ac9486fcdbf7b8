package cz.css.ledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses request bodies larger than the limit (413) before anything reads them. */
class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes || (length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding")))) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request body over " + maxBytes + " bytes (or without a length) is refused");
            return;
        }
        chain.doFilter(request, response);
    }
}

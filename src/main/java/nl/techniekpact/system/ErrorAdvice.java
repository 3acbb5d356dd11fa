package nl.techniekpact.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the platform's domain refusals into answers: 403 for a forbidden write, 409 for a stale form, 400 with
 * field messages (in the user's language) for invalid input to the API. Pages get the error page, the API a
 * JSON body. Nothing internal (exception names, stack traces) is ever shown.
 */
@ControllerAdvice
class ErrorAdvice {

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(request, HttpStatus.FORBIDDEN, "error.403.text", locale, Map.of());
    }

    @ExceptionHandler(StaleData.class)
    Object stale(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.CONFLICT, "error.409.text", locale, Map.of());
    }

    /**
     * The database did not answer (no connection within the pool's time-out, or it went away mid-request): 503 with
     * {@code Retry-After}; {@link DatabaseWatch} closes the gate for the next requests if it stays away.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    Object databaseAway(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.setHeader("Retry-After", String.valueOf(StartupGate.RETRY_AFTER_SECONDS));
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "database.away.short", locale, Map.of());
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach((field, code) -> fields.put(field, messages.getMessage(code, null, code, locale)));
        return answer(request, HttpStatus.BAD_REQUEST, "error.400.text", locale, fields);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code, Locale locale,
                          Map<String, String> fields) {
        String message = messages.getMessage(code, null, locale);
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("message", message);
            if (!fields.isEmpty()) {
                body.put("errors", fields);
            }
            return ResponseEntity.status(status).body(body);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", message);
        return page;
    }
}
